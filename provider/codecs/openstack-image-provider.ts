/**
 * OpenStack Image (Glance), /openstackimageproviders.
 *
 * The URL must carry its port (Glance listens on 9292). The engine's REST API carries only
 * tenant_name for image providers, with no Keystone v3 domain or project, so those are refused
 * in `authentication`. Adding one also makes the engine create a Glance storage domain of the
 * same name; two image providers with the same URL and tenant are refused by the engine.
 */
import type * as t from "io-ts";

import type { CheckOutcome } from "../check-failures";
import { tenantAuthentication } from "./authentication";
import { checkInputs } from "./check-inputs";
import { CustomProperties, customPropertiesForAdd } from "./custom-properties";
import { definedOnly } from "./engine-json";
import { engineConnectionSecretPaths } from "./engine-connection";
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
import { strictObject } from "./strict-object";

const KIND = "OpenStack Image provider";

const required = {
  ...sharedRequiredArguments,
  url: providerUrl({
    kindLabel: KIND,
    example: "https://glance.example.com:9292",
    requirePort: true,
  }),
};
const optional = {
  ...sharedOptionalArguments,
  authentication: tenantAuthentication(KIND),
  properties: CustomProperties,
};

export const OpenStackImageProviderInputs = strictObject({
  label: "OpenStackImageProvider",
  expectation: "must be an object of OpenStackImageProvider arguments",
  required,
  optional,
  refused: refusedArguments([...Object.keys(required), ...Object.keys(optional)]),
  rules: [certificateOptionsAgree],
});
export type OpenStackImageProviderInputs = t.TypeOf<typeof OpenStackImageProviderInputs>;

export const openStackImageProviderSecretPaths: readonly string[] = [
  "authentication.password",
  ...engineConnectionSecretPaths,
];

export function checkOpenStackImageProviderInputs(
  news: unknown,
): CheckOutcome<OpenStackImageProviderInputs> {
  return checkInputs(OpenStackImageProviderInputs, openStackImageProviderSecretPaths, news);
}

/** The body of POST /openstackimageproviders. */
export function openStackImageProviderToEngine(
  inputs: OpenStackImageProviderInputs,
): Record<string, unknown> {
  return definedOnly({
    name: inputs.name,
    description: inputs.description,
    url: inputs.url,
    ...authenticationToEngine(inputs.authentication),
    properties: customPropertiesForAdd(inputs.properties),
  });
}

/** An openstack_image_provider as the engine returns it, in input names (no password). */
export function openStackImageProviderFromEngine(
  entity: unknown,
): Partial<OpenStackImageProviderInputs> {
  const { entity: object, fields } = sharedFieldsFromEngine(entity);
  const authentication = authenticationFromEngine(object);

  return definedOnly({
    ...fields,
    authentication:
      authentication === undefined
        ? undefined
        : definedOnly({
            username: authentication.username,
            keystoneUrl: authentication.keystoneUrl,
            tenantName: authentication.tenantName,
          }),
  }) as Partial<OpenStackImageProviderInputs>;
}
