/**
 * Cinder's Ceph authentication keys (libvirt secrets), managed as a set when declared.
 *
 * The engine never returns a key's value, so a changed value is detected by comparing the
 * declared values of this run and the last one. Keys on the provider that are not declared are
 * removed; when the resource declares no `authenticationKeys` at all, keys are left alone.
 */
import type { OpenStackVolumeProviderInputs } from "../codecs/openstack-volume-provider";
import { sameKeySet, sameUuid } from "../diff-properties";
import { readList } from "../engine/wire-format";
import type { ProviderContext } from "../provider-kind";
import { FollowUpStepError } from "../follow-up-step-error";
import { messageOf } from "../error-message";

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

/**
 * Brings the provider's keys to the declared set. A failure names `authenticationKeys` as not
 * applied, so the stored state leaves them out and the next update sends them all again.
 */
export async function applyAuthenticationKeys(
  context: ProviderContext<OpenStackVolumeProviderInputs>,
): Promise<void> {
  const declared = context.inputs.authenticationKeys;
  const unchanged =
    context.previousInputs !== undefined &&
    sameKeySet(context.previousInputs.authenticationKeys, declared);
  if (declared === undefined || unchanged) {
    return;
  }

  try {
    await applyKeySet(context, declared);
  } catch (error) {
    const cause = messageOf(error);
    throw new FollowUpStepError(`authenticationKeys: ${cause}`, ["authenticationKeys"], error);
  }
}

async function applyKeySet(
  context: ProviderContext<OpenStackVolumeProviderInputs>,
  declared: readonly AuthenticationKey[],
): Promise<void> {
  const keysPath = `${context.providerPath}/authenticationkeys`;
  const stored = readStoredKeys(await context.client.get(keysPath));
  const previous = context.previousInputs?.authenticationKeys ?? [];

  for (const key of stored) {
    if (!declared.some((wanted) => sameUuid(wanted.uuid, key.uuid))) {
      await context.client.delete(`${keysPath}/${key.id}`);
    }
  }

  for (const key of declared) {
    const existing = stored.find((candidate) => sameUuid(candidate.uuid, key.uuid));
    const before = previous.find((candidate) => sameUuid(candidate.uuid, key.uuid));

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
