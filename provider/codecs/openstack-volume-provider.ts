/**
 * OpenStack Volume (Cinder), /openstackvolumeproviders: deprecated by oVirt, served by engines up
 * to 4.4 (4.5 refuses every call; the resource provider reports that, since only it knows the
 * engine's version).
 *
 * The URL must carry its port (Cinder listens on 8776). The data center is required and given
 * by name or id. As for Glance, the engine's REST API carries only tenant_name, so Keystone v3
 * fields are refused. Ceph authentication keys are sent to a sub-collection after the add.
 */
import type * as t from "io-ts";

import type { CheckOutcome } from "../check-failures";
import { tenantAuthentication } from "./authentication";
import { CephAuthenticationKeys, isUuid } from "./ceph-authentication-keys";
import { checkInputs } from "./check-inputs";
import { CustomProperties, customPropertiesForAdd } from "./custom-properties";
import { definedOnly, readObject, readText } from "./engine-json";
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
import { booleanArgument, textArgument } from "./scalar-arguments";
import { strictObject } from "./strict-object";

const KIND = "OpenStack Volume provider";

/** A data center's name, or its id (any UUID is taken as an id). */
export const DataCenterReference = textArgument("data center", { maxLength: 255 });

const required = {
  ...sharedRequiredArguments,
  url: providerUrl({
    kindLabel: KIND,
    example: "https://cinder.example.com:8776",
    requirePort: true,
  }),
  dataCenter: DataCenterReference,
};
const optional = {
  ...sharedOptionalArguments,
  authentication: tenantAuthentication(KIND),
  properties: CustomProperties,
  authenticationKeys: CephAuthenticationKeys,
  // Not sent with the provider: on destroy it adds the engine's `force` flag to the DELETE,
  // which skips the storage domain checks, as the Administration Portal's Force Remove does.
  forceRemove: booleanArgument,
};

export const OpenStackVolumeProviderInputs = strictObject({
  label: "OpenStackVolumeProvider",
  expectation: "must be an object of OpenStackVolumeProvider arguments",
  required,
  optional,
  refused: refusedArguments([...Object.keys(required), ...Object.keys(optional)]),
  rules: [certificateOptionsAgree],
});
export type OpenStackVolumeProviderInputs = t.TypeOf<typeof OpenStackVolumeProviderInputs>;

export const openStackVolumeProviderSecretPaths: readonly string[] = [
  "authentication.password",
  "authenticationKeys[].value",
  ...engineConnectionSecretPaths,
];

export function checkOpenStackVolumeProviderInputs(
  news: unknown,
): CheckOutcome<OpenStackVolumeProviderInputs> {
  return checkInputs(OpenStackVolumeProviderInputs, openStackVolumeProviderSecretPaths, news);
}

/** The engine's reference to a data center: {id} for a UUID, {name} otherwise. */
export function dataCenterToEngine(dataCenter: string): { id: string } | { name: string } {
  return isUuid(dataCenter) ? { id: dataCenter } : { name: dataCenter };
}

/**
 * The body of POST /openstackvolumeproviders. Authentication keys are not part of it: they go to
 * the provider's authenticationkeys sub-collection (see cephAuthenticationKeyToEngine).
 */
export function openStackVolumeProviderToEngine(
  inputs: OpenStackVolumeProviderInputs,
): Record<string, unknown> {
  return definedOnly({
    name: inputs.name,
    description: inputs.description,
    url: inputs.url,
    data_center: dataCenterToEngine(inputs.dataCenter),
    ...authenticationToEngine(inputs.authentication),
    properties: customPropertiesForAdd(inputs.properties),
  });
}

/**
 * An openstack_volume_provider as the engine returns it, in input names (no password). The
 * engine shows `data_center` only with All-Content: true, and then as a reference whose name
 * may be missing, so the name is preferred and the id used otherwise.
 */
export function openStackVolumeProviderFromEngine(
  entity: unknown,
): Partial<OpenStackVolumeProviderInputs> {
  const { entity: object, fields } = sharedFieldsFromEngine(entity);
  const dataCenter = readObject(object, "data_center");
  const authentication = authenticationFromEngine(object);

  return definedOnly({
    ...fields,
    dataCenter:
      dataCenter === undefined
        ? undefined
        : (readText(dataCenter, "name") ?? readText(dataCenter, "id")),
    authentication:
      authentication === undefined
        ? undefined
        : definedOnly({
            username: authentication.username,
            keystoneUrl: authentication.keystoneUrl,
            tenantName: authentication.tenantName,
          }),
  }) as Partial<OpenStackVolumeProviderInputs>;
}
