/**
 * Foreman / Satellite, the engine's "external host provider" (/externalhostproviders).
 *
 * The Administration Guide asks for the server's fully qualified domain name (not an IP
 * address) and needs no port; username and password are required. The engine ignores Keystone
 * fields and custom properties for this kind, so they are refused rather than silently lost.
 */
import type * as t from "io-ts";

import type { CheckOutcome } from "../check-failures";
import { basicAuthentication } from "./authentication";
import { checkInputs } from "./check-inputs";
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

const KIND = "Foreman provider";

const required = {
  ...sharedRequiredArguments,
  url: providerUrl({
    kindLabel: KIND,
    example: "https://foreman.example.com",
    requirePort: false,
    requireDomainName: true,
  }),
  authentication: basicAuthentication(KIND),
};
const optional = sharedOptionalArguments;

export const ForemanProviderInputs = strictObject({
  label: "ForemanProvider",
  expectation: "must be an object of ForemanProvider arguments",
  required,
  optional,
  refused: refusedArguments([...Object.keys(required), ...Object.keys(optional)], {
    properties:
      "does not apply to Foreman providers: the engine ignores custom properties for them",
  }),
  rules: [certificateOptionsAgree],
});
export type ForemanProviderInputs = t.TypeOf<typeof ForemanProviderInputs>;

export const foremanProviderSecretPaths: readonly string[] = [
  "authentication.password",
  ...engineConnectionSecretPaths,
];

export function checkForemanProviderInputs(news: unknown): CheckOutcome<ForemanProviderInputs> {
  return checkInputs(ForemanProviderInputs, foremanProviderSecretPaths, news);
}

/** The body of POST /externalhostproviders. */
export function foremanProviderToEngine(inputs: ForemanProviderInputs): Record<string, unknown> {
  return definedOnly({
    name: inputs.name,
    description: inputs.description,
    url: inputs.url,
    ...authenticationToEngine(inputs.authentication),
  });
}

/** An external_host_provider as the engine returns it, in input names (no password). */
export function foremanProviderFromEngine(entity: unknown): Partial<ForemanProviderInputs> {
  const { entity: object, fields } = sharedFieldsFromEngine(entity);
  const authentication = authenticationFromEngine(object);

  return definedOnly({
    name: fields.name,
    description: fields.description,
    url: fields.url,
    authentication:
      authentication === undefined ? undefined : definedOnly({ username: authentication.username }),
  }) as Partial<ForemanProviderInputs>;
}
