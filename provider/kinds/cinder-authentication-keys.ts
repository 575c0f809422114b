/**
 * Cinder's Ceph authentication keys (libvirt secrets), managed as a set when declared.
 *
 * The engine never returns a key's value, so a changed value is detected by comparing the
 * declared values of this run and the last one. Keys on the provider that are not declared are
 * removed; when the resource declares no `authenticationKeys` at all, keys are left alone.
 */
import type { OpenStackVolumeProviderInputs } from "../codecs/openstack-volume-provider";
import { sameValue } from "../diff-properties";
import { readList } from "../engine/wire-format";
import type { ProviderContext } from "../provider-kind";

type AuthenticationKey = NonNullable<OpenStackVolumeProviderInputs["authenticationKeys"]>[number];

interface StoredKey {
  id: string;
  uuid: string;
}

function readStoredKeys(answer: unknown): StoredKey[] {
  return readList(answer, "openstack_volume_authentication_key").flatMap((entry) => {
    const { id, uuid } = (entry ?? {}) as { id?: unknown; uuid?: unknown };
    const keyUuid = typeof uuid === "string" ? uuid : typeof id === "string" ? id : undefined;
    return keyUuid === undefined
      ? []
      : [{ id: typeof id === "string" ? id : keyUuid, uuid: keyUuid }];
  });
}

function keyBody(key: AuthenticationKey): Record<string, unknown> {
  return {
    uuid: key.uuid,
    value: key.value,
    usage_type: "ceph",
    ...(key.description === undefined ? {} : { description: key.description }),
  };
}

export async function applyAuthenticationKeys(
  context: ProviderContext<OpenStackVolumeProviderInputs>,
): Promise<void> {
  const declared = context.inputs.authenticationKeys;
  const unchanged =
    context.previousInputs !== undefined &&
    sameValue(context.previousInputs.authenticationKeys, declared);
  if (declared === undefined || unchanged) {
    return;
  }

  const keysPath = `${context.providerPath}/authenticationkeys`;
  const stored = readStoredKeys(await context.client.get(keysPath));
  const previous = context.previousInputs?.authenticationKeys ?? [];

  for (const key of stored) {
    if (!declared.some((wanted) => wanted.uuid.toLowerCase() === key.uuid.toLowerCase())) {
      await context.client.delete(`${keysPath}/${key.id}`);
    }
  }

  for (const key of declared) {
    const existing = stored.find(
      (candidate) => candidate.uuid.toLowerCase() === key.uuid.toLowerCase(),
    );
    const before = previous.find((candidate) => candidate.uuid === key.uuid);

    if (existing === undefined) {
      await context.client.post(keysPath, keyBody(key));
    } else if (
      before === undefined ||
      before.value !== key.value ||
      before.description !== key.description
    ) {
      await context.client.put(`${keysPath}/${existing.id}`, keyBody(key));
    }
  }
}
