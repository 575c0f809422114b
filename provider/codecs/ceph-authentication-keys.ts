/**
 * Ceph authentication keys of an OpenStack Volume (Cinder) provider: the libvirt secrets hosts
 * need to reach Ceph volumes. The engine keeps them in a sub-collection of the provider
 * (`.../authenticationkeys`), never returns a key's value, and treats the uuid as the secret's
 * primary key, so uuids must be unique.
 */
import type * as t from "io-ts";

import { readList } from "../engine/wire-format";
import { asEntity, definedOnly, readText } from "./engine-json";
import { listOf } from "./list-of";
import { accept, argumentCodec, refuse, textArgument } from "./scalar-arguments";
import type { RuleFailure } from "./strict-object";
import { isPlainObject, strictObject } from "./strict-object";
import { isUnknownValue } from "./unknown-value";

const uuidPattern = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

export function isUuid(text: string): boolean {
  return uuidPattern.test(text);
}

export const Uuid = argumentCodec<string>("UUID", (value) =>
  typeof value === "string" && isUuid(value)
    ? accept(value)
    : refuse("must be a UUID, e.g. 6b4d7a52-8c3e-4f1a-9d2b-0e5f7c8a1b3d"),
);

/** The engine's check of a secret's value: base64, padded, with canonical trailing bits. */
const cephSecretPattern =
  /^([A-Za-z0-9+/]{4})*(()|[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)$/;

export const CephSecret = argumentCodec<string>("Ceph secret", (value) => {
  if (typeof value !== "string" || value === "") {
    return refuse(
      "must be the cephx key as base64 text, e.g. the output of `ceph auth get-key`",
      false,
    );
  }

  return cephSecretPattern.test(value)
    ? accept(value)
    : refuse("must be valid base64 (the cephx key as `ceph auth get-key` prints it)", false);
});

export const CephAuthenticationKey = strictObject({
  label: "authentication key",
  expectation: "must be an object with uuid and value",
  required: { uuid: Uuid, value: CephSecret },
  optional: {
    description: textArgument("key description", {
      maxLength: 4000,
      allowEmpty: true,
      multiLine: true,
    }),
  },
});
export type CephAuthenticationKey = t.TypeOf<typeof CephAuthenticationKey>;

/** Every uuid after its first use, compared case-insensitively as the engine compares GUIDs. */
function repeatedUuids(items: readonly unknown[]): RuleFailure[] {
  const seen = new Set<string>();
  const failures: RuleFailure[] = [];

  items.forEach((item, index) => {
    const uuid = isPlainObject(item) ? item.uuid : undefined;
    if (typeof uuid !== "string" || isUnknownValue(uuid) || !isUuid(uuid)) {
      return;
    }

    if (seen.has(uuid.toLowerCase())) {
      failures.push({
        path: [String(index), "uuid"],
        message: "repeats the uuid of an earlier key; each key needs its own",
      });
    }
    seen.add(uuid.toLowerCase());
  });

  return failures;
}

export const CephAuthenticationKeys = listOf({
  element: CephAuthenticationKey,
  expectation: "must be a list of { uuid, value } keys",
  rules: [repeatedUuids],
});

/** The body of POST .../authenticationkeys for one key. */
export function cephAuthenticationKeyToEngine(key: CephAuthenticationKey): Record<string, unknown> {
  return definedOnly({
    uuid: key.uuid,
    value: key.value,
    usage_type: "ceph",
    description: key.description,
  });
}

/** The engine's key list (GET .../authenticationkeys) in input names; values never come back. */
export function cephAuthenticationKeysFromEngine(
  collection: unknown,
): Array<Partial<CephAuthenticationKey>> {
  return readList(collection, "openstack_volume_authentication_key").map((item) => {
    const key = asEntity(item);
    const description = readText(key, "description");
    return definedOnly({
      uuid: readText(key, "uuid") ?? readText(key, "id"),
      description: description === "" ? undefined : description,
    }) as Partial<CephAuthenticationKey>;
  });
}
