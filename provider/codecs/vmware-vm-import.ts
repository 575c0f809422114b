/**
 * VmwareVmImport: one VM imported from VMware (or KVM, or Xen) through POST /externalvmimports,
 * the only REST route to those sources (engine-api.md section 1.2).
 *
 * The source is a virt-v2v URL, given whole (usually a VmwareProvider's `url`) or, for VMware, as
 * the parts it is composed of. The engine requires provider, url, name, cluster and storage
 * domain; it does not check credentials, but virt-v2v cannot read a vCenter without them, so
 * VMware imports need username and password here. An import cannot be changed afterwards, so
 * the resource provider replaces it when what shaped the VM changes; what the engine reads only
 * while importing (the source URL or parts, credentials, proxy host, drivers ISO) and
 * `removeOnDestroy` change in Pulumi state only.
 */
import type * as t from "io-ts";

import type { CheckOutcome } from "../check-failures";
import { Password, Username } from "./authentication";
import { checkInputs } from "./check-inputs";
import { writeBoolean } from "../engine/wire-format";
import { definedOnly } from "./engine-json";
import { EngineConnectionInputs, engineConnectionSecretPaths } from "./engine-connection";
import { engineObjectReference, engineReferenceTo } from "./engine-object-reference";
import { isGiven, mayBeGiven } from "./given-arguments";
import { booleanArgument, textArgument } from "./scalar-arguments";
import type { ObjectRule, RuleFailure } from "./strict-object";
import { strictObject } from "./strict-object";
import { isUnknownValue } from "./unknown-value";
import type { VmImportSource } from "./vm-import-source";
import {
  SourceUrl,
  sourceUrlSchemes,
  urlScheme,
  VmImportSourceArgument,
  VmwareSourceParts,
} from "./vm-import-source";
import type { VmwareProviderInputs } from "./vmware-provider";
import { vmwareProviderUrl } from "./vmware-provider";
import { withDefault } from "./with-default";

/** Defaults of VmwareVmImport; the SDK repeats each one as @default. */
export const VMWARE_VM_IMPORT_DEFAULTS = { source: "vmware", removeOnDestroy: false } as const;

/**
 * oVirt VM names: letters (any script), digits, ".", "_" and "-", at most 255 characters
 * (inferred from the engine's VM name validation; Windows guests are further limited by the OS).
 */
const ovirtVmName = /^[\p{L}\p{N}._-]+$/u;

export const OvirtVmName = textArgument("VM name", {
  maxLength: 255,
  pattern: {
    regex: ovirtVmName,
    reason: 'may contain only letters, digits, ".", "_" and "-"; the engine refuses spaces',
  },
});

const required = {
  source: withDefault(VmImportSourceArgument, VMWARE_VM_IMPORT_DEFAULTS.source),
  sourceVmName: textArgument("source VM name", { maxLength: 255 }),
  cluster: engineObjectReference("cluster"),
  storageDomain: engineObjectReference("storage domain"),
  removeOnDestroy: withDefault(booleanArgument, VMWARE_VM_IMPORT_DEFAULTS.removeOnDestroy),
};
const optional = {
  url: SourceUrl,
  vmware: VmwareSourceParts,
  username: Username,
  password: Password,
  newName: OvirtVmName,
  proxyHost: engineObjectReference("host"),
  sparse: booleanArgument,
  driversIso: textArgument("drivers ISO file name", { maxLength: 255 }),
  connection: EngineConnectionInputs,
};

const known = (value: unknown): value is string =>
  typeof value === "string" && !isUnknownValue(value);

function sourceOf(input: Readonly<Record<string, unknown>>): VmImportSource | undefined {
  const source = input.source ?? VMWARE_VM_IMPORT_DEFAULTS.source;
  return source === "vmware" || source === "kvm" || source === "xen" ? source : undefined;
}

/** One location: the whole URL or, for VMware, its parts; and the URL's scheme fits the source. */
const oneLocation: ObjectRule = (input) => {
  const source = sourceOf(input);
  if (isGiven(input, "url") && isGiven(input, "vmware")) {
    return [{ path: ["vmware"], message: "cannot be combined with url; give one of them" }];
  }

  if (isGiven(input, "vmware") && source !== undefined && source !== "vmware") {
    return [
      { path: ["vmware"], message: `applies only to source "vmware"; give url for ${source}` },
    ];
  }

  if (!mayBeGiven(input, "url") && !mayBeGiven(input, "vmware")) {
    const parts = source === "vmware" || source === undefined ? ", or the vmware parts" : "";
    return [{ path: ["url"], message: `is required: give the virt-v2v source URL${parts}` }];
  }

  const url = input.url;
  if (source === undefined || !known(url) || urlScheme(url) === undefined) {
    return [];
  }

  const expected = sourceUrlSchemes[source];
  if (expected.schemes.includes(urlScheme(url) as string)) {
    return [];
  }

  const starts = expected.schemes.map((scheme) => `${scheme}//`).join(" or ");
  const message = `must start with ${starts} for source "${source}", e.g. ${expected.example}`;
  return [{ path: ["url"], message }];
};

/** virt-v2v logs in to vCenter; a password alone has no user to go with. */
const credentialsFitSource: ObjectRule = (input) => {
  const failures: RuleFailure[] = [];
  if (sourceOf(input) === "vmware") {
    for (const name of ["username", "password"]) {
      if (!mayBeGiven(input, name)) {
        failures.push({ path: [name], message: "is required to import from VMware" });
      }
    }
  } else if (isGiven(input, "password") && !mayBeGiven(input, "username")) {
    failures.push({ path: ["username"], message: "is required when a password is given" });
  }

  return failures;
};

/** Without newName the VM keeps its source name, which the engine may refuse. */
const usableTargetName: ObjectRule = (input) => {
  const sourceName = input.sourceVmName;
  if (mayBeGiven(input, "newName") || !known(sourceName) || ovirtVmName.test(sourceName)) {
    return [];
  }

  return [
    {
      path: ["newName"],
      message:
        "is required because sourceVmName is no valid oVirt VM name " +
        '(only letters, digits, ".", "_" and "-")',
    },
  ];
};

export const VmwareVmImportInputs = strictObject({
  label: "VmwareVmImport",
  expectation: "must be an object of VmwareVmImport arguments",
  required,
  optional,
  rules: [oneLocation, credentialsFitSource, usableTargetName],
});
export type VmwareVmImportInputs = t.TypeOf<typeof VmwareVmImportInputs>;

export const vmwareVmImportSecretPaths: readonly string[] = [
  "password",
  ...engineConnectionSecretPaths,
];

export function checkVmwareVmImportInputs(news: unknown): CheckOutcome<VmwareVmImportInputs> {
  return checkInputs(VmwareVmImportInputs, vmwareVmImportSecretPaths, news);
}

/** The name the imported VM gets in oVirt. */
export function importedVmName(inputs: VmwareVmImportInputs): string {
  return inputs.newName ?? inputs.sourceVmName;
}

/** The virt-v2v URL the engine receives: as given, or composed from the VMware parts. */
export function vmImportUrl(inputs: VmwareVmImportInputs): string {
  if (inputs.url !== undefined || inputs.vmware === undefined) {
    return inputs.url ?? "";
  }

  // The composer reads only the location fields and the user; the rest of a provider's
  // arguments play no part in the URL.
  const location = { verifySsl: true, ...inputs.vmware, username: inputs.username ?? "" };
  return vmwareProviderUrl(location as VmwareProviderInputs);
}

/** The exact body of POST /externalvmimports. */
export function vmwareVmImportToEngine(inputs: VmwareVmImportInputs): Record<string, unknown> {
  return definedOnly({
    provider: inputs.source,
    url: vmImportUrl(inputs),
    username: inputs.username,
    password: inputs.password,
    name: inputs.sourceVmName,
    vm: { name: importedVmName(inputs) },
    cluster: engineReferenceTo(inputs.cluster),
    storage_domain: engineReferenceTo(inputs.storageDomain),
    host: inputs.proxyHost === undefined ? undefined : engineReferenceTo(inputs.proxyHost),
    sparse: inputs.sparse === undefined ? undefined : writeBoolean(inputs.sparse),
    drivers_iso: inputs.driversIso === undefined ? undefined : { id: inputs.driversIso },
  });
}
