/**
 * Runs a kind's codec over the arguments Pulumi hands to `check`. Never throws for bad input:
 * every problem comes back as a check failure, so Pulumi shows them all at once.
 */
import type * as t from "io-ts";
import { isLeft } from "fp-ts/Either";

import type { CheckOutcome } from "../check-failures";
import { checkFailuresFromErrors } from "../check-failures";

export function checkInputs<A>(
  codec: t.Type<A, unknown, unknown>,
  secretPaths: readonly string[],
  news: unknown,
): CheckOutcome<A> {
  const result = codec.decode(news);

  return isLeft(result)
    ? { ok: false, failures: checkFailuresFromErrors(result.left, secretPaths) }
    : { ok: true, inputs: result.right };
}
