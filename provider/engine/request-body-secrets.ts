/**
 * The secrets a request body carries: every `password` (provider, broker, vCenter), and the
 * `value` of a Ceph authentication key (an object with a `uuid`). They are hidden from any answer
 * text kept in an error, since a proxy in front of the engine may echo the request it refused.
 * Other `value`s (custom properties) are left alone: blanking short everyday words out of an
 * engine's explanation would make it unreadable and protect nothing.
 */
export function requestBodySecrets(body: unknown): string[] {
  const found: string[] = [];
  collect(body, found);
  return found;
}

function collect(value: unknown, found: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found);
    return;
  }

  if (typeof value !== "object" || value === null) {
    return;
  }

  const entity = value as Record<string, unknown>;
  if (typeof entity.password === "string") {
    found.push(entity.password);
  }
  if (typeof entity.uuid === "string" && typeof entity.value === "string") {
    found.push(entity.value);
  }

  for (const member of Object.values(entity)) collect(member, found);
}
