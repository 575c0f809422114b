import { timingSafeEqual } from "node:crypto";

/** The one account the simulated engine knows. */
export interface Credentials {
  username: string;
  password: string;
}

export function credentialsMatch(expected: Credentials, username: string, password: string) {
  return username === expected.username && sameSecret(password, expected.password);
}

function sameSecret(given: string, expected: string): boolean {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}
