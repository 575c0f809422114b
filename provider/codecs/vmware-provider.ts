/**
 * VMware, as a source for importing VMs through virt-v2v.
 *
 * The engine's REST API has no VMware provider collection: the Administration Portal stores one
 * through an internal channel only. What REST does take is POST /externalvmimports, with the
 * vpx:// URL, username and password inline. So a VmwareProvider lives in Pulumi state, and its
 * "engine body" is the source part of an external VM import. Lifecycle options that need an
 * engine object (adopting, testing, trusting certificates) and another engine's connection are
 * refused for it.
 */
import type * as t from "io-ts";
import { isIPv6 } from "node:net";

import type { CheckOutcome } from "../check-failures";
import { Password, Username } from "./authentication";
import { checkInputs } from "./check-inputs";
import { asEntity, definedOnly, readText } from "./engine-json";
import { isGiven } from "./given-arguments";
import { HostAddress } from "./host-address";
import { VMWARE_PROVIDER_DEFAULTS } from "./input-defaults";
import { lifecycleOptionNames } from "./lifecycle-options";
import { refusedArguments } from "./misplaced-arguments";
import { ProviderDescription, ProviderName } from "./provider-name";
import { booleanArgument, textArgument } from "./scalar-arguments";
import type { ObjectRule } from "./strict-object";
import { strictObject } from "./strict-object";
import { withDefault } from "./with-default";

const VmwareName = textArgument("VMware inventory name", { maxLength: 255 });
const OvirtName = textArgument("oVirt name", { maxLength: 255 });

const required = {
  name: ProviderName,
  vcenter: HostAddress,
  esxiHost: HostAddress,
  dataCenter: VmwareName,
  username: Username,
  password: Password,
  verifySsl: withDefault(booleanArgument, VMWARE_PROVIDER_DEFAULTS.verifySsl),
  destinationDataCenter: withDefault(OvirtName, VMWARE_PROVIDER_DEFAULTS.destinationDataCenter),
};
const optional = {
  description: ProviderDescription,
  cluster: VmwareName,
  proxyHost: OvirtName,
};

const lifeInStateOnly =
  "does not apply to VmwareProvider: the engine's REST API keeps no VMware provider, so it lives only in Pulumi state";

/** The Administration Portal offers a proxy host only once a destination data center is chosen. */
const proxyHostNeedsDataCenter: ObjectRule = (input) => {
  const proxyGiven = isGiven(input, "proxyHost");
  const dataCenter = input.destinationDataCenter;
  const anyDataCenter =
    dataCenter === undefined ||
    dataCenter === null ||
    dataCenter === VMWARE_PROVIDER_DEFAULTS.destinationDataCenter;

  return proxyGiven && anyDataCenter
    ? [
        {
          path: ["proxyHost"],
          message:
            "needs destinationDataCenter: the proxy host must belong to the data center the VMs go to",
        },
      ]
    : [];
};

export const VmwareProviderInputs = strictObject({
  label: "VmwareProvider",
  expectation: "must be an object of VmwareProvider arguments",
  required,
  optional,
  refused: refusedArguments([...Object.keys(required), ...Object.keys(optional)], {
    url: "does not apply to VmwareProvider: the vpx:// URL is composed from vcenter, dataCenter, cluster and esxiHost",
    authentication: "does not apply to VmwareProvider: give username and password directly",
    connection: lifeInStateOnly,
    ...Object.fromEntries(lifecycleOptionNames.map((name) => [name, lifeInStateOnly])),
  }),
  rules: [proxyHostNeedsDataCenter],
});
export type VmwareProviderInputs = t.TypeOf<typeof VmwareProviderInputs>;

export const vmwareProviderSecretPaths: readonly string[] = ["password"];

export function checkVmwareProviderInputs(news: unknown): CheckOutcome<VmwareProviderInputs> {
  return checkInputs(VmwareProviderInputs, vmwareProviderSecretPaths, news);
}

function hostInUrl(host: string): string {
  return isIPv6(host) ? `[${host}]` : host;
}

/**
 * The virt-v2v source URL the engine expects: vpx://user@vcenter/DataCenter[/Cluster]/esxi, with
 * ?no_verify=1 when certificate checks are off. Path parts and the user are percent-encoded,
 * as the Administration Portal does ("@" in "administrator@vsphere.local" becomes %40).
 */
export function vmwareProviderUrl(inputs: VmwareProviderInputs): string {
  const path = [inputs.dataCenter, inputs.cluster]
    .filter((part): part is string => part !== undefined)
    .map(encodeURIComponent)
    .join("/");
  const user = encodeURIComponent(inputs.username);
  const query = inputs.verifySsl ? "" : "?no_verify=1";

  return `vpx://${user}@${hostInUrl(inputs.vcenter)}/${path}/${hostInUrl(inputs.esxiHost)}${query}`;
}

/** The source part of a POST /externalvmimports body. */
export function vmwareProviderToEngine(inputs: VmwareProviderInputs): Record<string, unknown> {
  return {
    provider: "vmware",
    url: vmwareProviderUrl(inputs),
    username: inputs.username,
    password: inputs.password,
  };
}

const vpxUrlShape =
  /^vpx:\/\/(?:([^@/]*)@)?(\[[^\]]+\]|[^/]+)\/([^/]+)(?:\/([^/]+))?\/([^/?]+)(\?no_verify=1)?$/;

function hostFromUrl(host: string): string {
  return host.startsWith("[") ? host.slice(1, -1) : host;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The source fields of an external_vm_import as the engine echoes it (password removed), read
 * back from its vpx:// URL. Anything else reads as empty.
 */
export function vmwareProviderFromEngine(entity: unknown): Partial<VmwareProviderInputs> {
  const object = asEntity(entity);
  const match = vpxUrlShape.exec(readText(object, "url") ?? "");
  if (match === null) {
    return definedOnly({ username: readText(object, "username") }) as Partial<VmwareProviderInputs>;
  }

  const [, user, vcenter, dataCenter, cluster, esxiHost, noVerify] = match;
  return definedOnly({
    vcenter: hostFromUrl(vcenter),
    dataCenter: decodeSafely(dataCenter),
    cluster: cluster === undefined ? undefined : decodeSafely(cluster),
    esxiHost: hostFromUrl(esxiHost),
    verifySsl: noVerify === undefined,
    username: readText(object, "username") ?? (user === undefined ? undefined : decodeSafely(user)),
  }) as Partial<VmwareProviderInputs>;
}
