import type { ApiReply, ApiRequest } from "./api-request";
import { completedAction } from "./api-request";
import type { EngineContext } from "./engine-context";
import type { StoredAuthenticationKey, StoredProvider } from "./engine-state";
import { engineMessages } from "./engine-messages";
import { mandatoryParameterMissing, notFound, operationFailed } from "./faults";
import { reference } from "./links";
import { openStackVolumeProviders } from "./provider-collections";
import { findForCollection } from "./provider-lookup";
import { readBody } from "./request-body";
import type { ApiRouter } from "./router";
import type { InputObject, InputReader } from "./wire-input";
import type { WireObject } from "./wire-value";
import { WireDate, wireCollection } from "./wire-value";

const PROVIDER_PATH = "openstackvolumeproviders/:id";
const KEY_TAG = "openstack_volume_authentication_key";
const KEY_FIELDS = [
  "id",
  "href",
  "name",
  "comment",
  "description",
  "uuid",
  "value",
  "usage_type",
  "creation_date",
  "openstack_volume_provider",
];
// Base64 as libvirt secrets require it (validation-rules.md §2.5).
const BASE64_VALUE =
  /^([A-Za-z0-9+/]{4})*(()|[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)$/;

/**
 * Cinder's Ceph authentication keys (libvirt secrets), engine <= 4.4. The value is write-only;
 * uuids are unique across all providers (validation-rules.md §2.5).
 */
export function registerAuthenticationKeyRoutes(router: ApiRouter, context: EngineContext): void {
  const provider = (id: string | undefined) =>
    findForCollection(id, openStackVolumeProviders, context);
  router.add("GET", `${PROVIDER_PATH}/authenticationkeys`, (request, params) => {
    const owner = provider(params.id);
    const keys = context.store.state.authenticationKeys.filter(
      (key) => key.providerId === owner.id,
    );
    const items = keys.map((key) => keyToWire(request.base, key));
    return { status: 200, document: wireCollection(KEY_TAG, `${KEY_TAG}s`, items) };
  });
  router.add("POST", `${PROVIDER_PATH}/authenticationkeys`, (request, params) =>
    addKey(request, provider(params.id), context),
  );
  router.add("GET", `${PROVIDER_PATH}/authenticationkeys/:uuid`, (request, params) => ({
    status: 200,
    document: {
      rootTag: KEY_TAG,
      body: keyToWire(request.base, findKey(provider(params.id), params.uuid, context)),
    },
  }));
  router.add("PUT", `${PROVIDER_PATH}/authenticationkeys/:uuid`, (request, params) =>
    updateKey(request, findKey(provider(params.id), params.uuid, context), context),
  );
  router.add("DELETE", `${PROVIDER_PATH}/authenticationkeys/:uuid`, (_request, params) => {
    const key = findKey(provider(params.id), params.uuid, context);
    context.store.change((state) => {
      state.authenticationKeys = state.authenticationKeys.filter((candidate) => candidate !== key);
    });
    return completedAction();
  });
}

// `value` is write-only: never rendered.
function keyToWire(base: string, key: StoredAuthenticationKey): WireObject {
  return {
    creation_date: new WireDate(key.creationDate),
    usage_type: key.usageType,
    uuid: key.uuid,
    openstack_volume_provider: reference(base, "openstackvolumeproviders", key.providerId),
    description: key.description,
    href: `${base}/openstackvolumeproviders/${key.providerId}/authenticationkeys/${key.uuid}`,
    id: key.uuid,
  };
}

function findKey(owner: StoredProvider, uuid: string | undefined, context: EngineContext) {
  const key = context.store.state.authenticationKeys.find(
    (candidate) => candidate.providerId === owner.id && candidate.uuid === uuid,
  );
  if (key === undefined) throw notFound();
  return key;
}

function readKeyBody(
  request: ApiRequest,
  method: string,
): { reader: InputReader; value: InputObject } {
  const body = readBody(request, "openstack_volume_authentication_keys", method, KEY_TAG);
  if (body === undefined) throw mandatoryParameterMissing("key");
  body.reader.rejectUnknownFields(body.value, KEY_FIELDS);
  return body;
}

function addKey(request: ApiRequest, owner: StoredProvider, context: EngineContext): ApiReply {
  const { reader, value } = readKeyBody(request, "add");
  const usageType = reader.enumValue(
    value,
    "usage_type",
    ["ceph"] as const,
    "OpenstackVolumeAuthenticationKeyUsageType",
  );
  const uuid = reader.string(value, "uuid");
  const secret = reader.string(value, "value");
  // The model-generated helper checks these three, in this order.
  if (usageType === undefined) throw mandatoryParameterMissing("key.usage_type");
  if (uuid === undefined) throw mandatoryParameterMissing("key.uuid");
  if (secret === undefined) throw mandatoryParameterMissing("key.value");
  const refused = secretRefusal(secret);
  if (refused !== undefined) throw refused;
  if (context.store.state.authenticationKeys.some((key) => key.uuid === uuid)) {
    throw operationFailed(409, [engineMessages.secretUuidExists().text]);
  }
  const key: StoredAuthenticationKey = {
    providerId: owner.id,
    uuid,
    value: secret,
    usageType,
    creationDate: Date.now(),
    ...(reader.string(value, "description") === undefined
      ? {}
      : { description: reader.string(value, "description") }),
  };
  context.store.change((state) => state.authenticationKeys.push(key));
  const entity = keyToWire(request.base, key);
  return {
    status: 201,
    headers: { Location: `${request.origin}${entity.href as string}` },
    document: { rootTag: KEY_TAG, body: entity },
  };
}

function updateKey(
  request: ApiRequest,
  key: StoredAuthenticationKey,
  context: EngineContext,
): ApiReply {
  const { reader, value } = readKeyBody(request, "update");
  const secret = reader.string(value, "value");
  if (secret !== undefined) {
    const refused = secretRefusal(secret);
    if (refused !== undefined) throw refused;
  }
  const description = reader.string(value, "description");
  const usageType = reader.enumValue(
    value,
    "usage_type",
    ["ceph"] as const,
    "OpenstackVolumeAuthenticationKeyUsageType",
  );
  context.store.change(() => {
    if (secret !== undefined) key.value = secret;
    if (description !== undefined) key.description = description;
    if (usageType !== undefined) key.usageType = usageType;
  });
  return { status: 200, document: { rootTag: KEY_TAG, body: keyToWire(request.base, key) } };
}

function secretRefusal(secret: string) {
  if (secret === "") return operationFailed(400, [engineMessages.secretValueEmpty().text]);
  if (!BASE64_VALUE.test(secret))
    return operationFailed(400, [engineMessages.secretValueIllegal().text]);
  return undefined;
}
