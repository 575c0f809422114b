/**
 * Arguments that name an object the engine already holds (a cluster, a storage domain, a host, a
 * data center) by its name or by its id, as the Administration Portal's drop-downs do. Any UUID
 * is taken as an id; everything else as a name, resolved by the engine itself.
 */
import type * as t from "io-ts";

import { isUuid } from "./ceph-authentication-keys";
import { accept, argumentCodec, refuse, textArgument } from "./scalar-arguments";

/** A name or id of an engine object; names of clusters, domains and hosts fit in 255 characters. */
export function engineObjectReference(what: string): t.Type<string, string, unknown> {
  return textArgument(`${what} name or id`, { maxLength: 255 });
}

/** The engine's reference object: `{id}` for a UUID, `{name}` otherwise. */
export function engineReferenceTo(nameOrId: string): { id: string } | { name: string } {
  return isUuid(nameOrId) ? { id: nameOrId } : { name: nameOrId };
}

/** An engine id (a UUID), such as a provider resource's `providerId`. */
export function engineIdArgument(what: string, example: string): t.Type<string, string, unknown> {
  return argumentCodec<string>(`${what} id`, (value) =>
    typeof value === "string" && isUuid(value)
      ? accept(value)
      : refuse(`must be the engine's id of the ${what} (a UUID), e.g. ${example}`),
  );
}
