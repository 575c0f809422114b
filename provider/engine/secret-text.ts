/**
 * Keeps secrets out of text that came from somewhere else.
 *
 * The client never puts a password or token into a message itself, but a transport error's
 * message is written by other code (a proxy library, a test double that prints the request it
 * did not expect), so anything borrowed from it passes through here first.
 */

const hidden = "***";

/** `text` with every secret, plain or URL-encoded, replaced by "***". */
export function hideSecrets(text: string, secrets: readonly string[]): string {
  return secrets
    .filter((secret) => secret !== "")
    .flatMap((secret) => [
      secret,
      encodeURIComponent(secret),
      new URLSearchParams({ s: secret }).toString().slice(2),
    ])
    .reduce((result, secret) => result.split(secret).join(hidden), text);
}

/**
 * `error` itself when its message holds no secret; otherwise a plain Error with the same name,
 * code and a cleaned message, so it can be kept as a `cause` without leaking.
 */
export function errorWithoutSecrets(error: unknown, secrets: readonly string[]): unknown {
  if (!(error instanceof Error)) {
    return typeof error === "string" ? hideSecrets(error, secrets) : error;
  }

  const cleaned = hideSecrets(error.message, secrets);
  const stack = error.stack ?? "";

  if (cleaned === error.message && hideSecrets(stack, secrets) === stack) {
    return error;
  }

  const standIn = new Error(cleaned);
  standIn.name = error.name;
  standIn.stack = `${error.name}: ${cleaned}`;
  const code = (error as { code?: unknown }).code;
  return code === undefined ? standIn : Object.assign(standIn, { code });
}
