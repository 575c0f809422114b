/**
 * Table-driven checks shared by the codec tests: each bad input must come back as exactly the
 * listed failures (property and reason), and each good input as exactly the listed inputs.
 */
import test from "ava";

import type { CheckFailure, CheckOutcome } from "../../../provider/check-failures";

export interface BadInput {
  /** Completes "<Kind> refuses ...". */
  title: string;
  input: unknown;
  failures: CheckFailure[];
}

export function refusesEach(
  kind: string,
  check: (news: unknown) => CheckOutcome<unknown>,
  cases: readonly BadInput[],
): void {
  for (const badInput of cases) {
    test(`${kind} refuses ${badInput.title}`, (t) => {
      const outcome = check(badInput.input);

      t.deepEqual(outcome, { ok: false, failures: badInput.failures });
    });
  }
}

/** Failures for one property each, in the order given. */
export function failuresOf(...pairs: Array<[string, string]>): CheckFailure[] {
  return pairs.map(([property, reason]) => ({ property, reason }));
}
