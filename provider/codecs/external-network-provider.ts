/**
 * An external network provider that speaks the Neutron API, such as ovirt-provider-ovn: a member
 * of /openstacknetworkproviders with type "external".
 *
 * The URL must carry its port (9696 by convention). The plugin type is free text
 * (OVIRT_PROVIDER_OVN for OVN). An unmanaged provider is one the engine does not talk to: it
 * needs no URL, and the Administration Portal turns authentication, read-only and auto-sync off
 * for it, so asking for them is refused.
 */
import type * as t from "io-ts";

import type { CheckOutcome } from "../check-failures";
import { writeBoolean } from "../engine/wire-format";
import { keystoneAuthentication } from "./authentication";
import { isGiven, mayBeGiven } from "./given-arguments";
import { checkInputs } from "./check-inputs";
import { CustomProperties, customPropertiesForAdd } from "./custom-properties";
import { definedOnly, readFlag, readText } from "./engine-json";
import { engineConnectionSecretPaths } from "./engine-connection";
import { EXTERNAL_NETWORK_PROVIDER_DEFAULTS } from "./input-defaults";
import { certificateOptionsAgree } from "./lifecycle-options";
import { refusedArguments } from "./misplaced-arguments";
import {
  authenticationFromEngine,
  authenticationToEngine,
  sharedFieldsFromEngine,
  sharedOptionalArguments,
  sharedRequiredArguments,
} from "./provider-arguments";
import { providerUrl } from "./provider-url";
import { booleanArgument, textArgument } from "./scalar-arguments";
import type { ObjectRule, RuleFailure } from "./strict-object";
import { strictObject } from "./strict-object";
import { isUnknownValue } from "./unknown-value";
import { withDefault } from "./with-default";

const KIND = "External network provider";
const URL_EXAMPLE = "https://ovn.example.com:9696";

const required = {
  ...sharedRequiredArguments,
  readOnly: withDefault(booleanArgument, (siblings) =>
    siblings.unmanaged === true
      ? EXTERNAL_NETWORK_PROVIDER_DEFAULTS.readOnlyWhenUnmanaged
      : EXTERNAL_NETWORK_PROVIDER_DEFAULTS.readOnly,
  ),
  autoSync: withDefault(booleanArgument, EXTERNAL_NETWORK_PROVIDER_DEFAULTS.autoSync),
  unmanaged: withDefault(booleanArgument, EXTERNAL_NETWORK_PROVIDER_DEFAULTS.unmanaged),
};
const optional = {
  ...sharedOptionalArguments,
  url: providerUrl({ kindLabel: KIND, example: URL_EXAMPLE, requirePort: true }),
  pluginType: textArgument("plugin type", { maxLength: 64 }),
  authentication: keystoneAuthentication(KIND, { neutronRules: false }),
  properties: CustomProperties,
};

/** A managed provider needs a URL; an unmanaged one is never contacted, so its switches are off. */
const managedOrNot: ObjectRule = (input) => {
  if (isUnknownValue(input.unmanaged)) {
    // Known only after preview; check runs again with the real value before anything is sent.
    return [];
  }

  if (input.unmanaged !== true) {
    return mayBeGiven(input, "url")
      ? []
      : [{ path: ["url"], message: `is required unless unmanaged is true, e.g. ${URL_EXAMPLE}` }];
  }

  const failures: RuleFailure[] = [];
  const offWhenUnmanaged: Array<[string, boolean]> = [
    ["authentication", isGiven(input, "authentication")],
    ["readOnly", input.readOnly === true],
    ["autoSync", input.autoSync === true],
    ["testConnectivity", input.testConnectivity === true],
  ];
  for (const [name, asked] of offWhenUnmanaged) {
    if (asked) {
      failures.push({
        path: [name],
        message: "does not apply to an unmanaged provider: the engine never contacts it",
      });
    }
  }

  return failures;
};

export const ExternalNetworkProviderInputs = strictObject({
  label: "ExternalNetworkProvider",
  expectation: "must be an object of ExternalNetworkProvider arguments",
  required,
  optional,
  refused: refusedArguments([...Object.keys(required), ...Object.keys(optional)]),
  rules: [managedOrNot, certificateOptionsAgree],
});
export type ExternalNetworkProviderInputs = t.TypeOf<typeof ExternalNetworkProviderInputs>;

export const externalNetworkProviderSecretPaths: readonly string[] = [
  "authentication.password",
  ...engineConnectionSecretPaths,
];

export function checkExternalNetworkProviderInputs(
  news: unknown,
): CheckOutcome<ExternalNetworkProviderInputs> {
  return checkInputs(ExternalNetworkProviderInputs, externalNetworkProviderSecretPaths, news);
}

/** The body of POST /openstacknetworkproviders for type external. */
export function externalNetworkProviderToEngine(
  inputs: ExternalNetworkProviderInputs,
): Record<string, unknown> {
  return definedOnly({
    name: inputs.name,
    description: inputs.description,
    type: "external",
    url: inputs.url,
    external_plugin_type: inputs.pluginType,
    read_only: writeBoolean(inputs.readOnly),
    auto_sync: writeBoolean(inputs.autoSync),
    unmanaged: writeBoolean(inputs.unmanaged),
    ...authenticationToEngine(inputs.authentication),
    properties: customPropertiesForAdd(inputs.properties),
  });
}

/**
 * An openstack_network_provider of type external as the engine returns it, in input names.
 * Nested objects hold only what the engine returns: no passwords.
 */
export function externalNetworkProviderFromEngine(
  entity: unknown,
): Partial<ExternalNetworkProviderInputs> {
  const { entity: object, fields } = sharedFieldsFromEngine(entity);

  return definedOnly({
    ...fields,
    pluginType: readText(object, "external_plugin_type"),
    readOnly: readFlag(object, "read_only"),
    autoSync: readFlag(object, "auto_sync"),
    unmanaged: readFlag(object, "unmanaged"),
    authentication: authenticationFromEngine(object),
  }) as Partial<ExternalNetworkProviderInputs>;
}
