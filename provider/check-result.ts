/**
 * The `check` step of every resource: the codec's verdict plus, for resources that talk to
 * an engine, a failure when no engine connection is configured anywhere, so that `pulumi preview`
 * says what to set before any request is made.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";

import type { CheckFailure, CheckOutcome } from "./check-failures";
import { missingConnectionSettings } from "./connection-settings";

/** The failure for an engine connection that is set neither on the resource nor for the stack. */
export function missingConnectionFailure(connection: unknown): CheckFailure | undefined {
  const missing = missingConnectionSettings(connection);
  if (missing.length === 0) {
    return undefined;
  }

  return {
    property: "connection",
    reason:
      `no engine to talk to: ${missing.join(", ")} not set; set ovirt:${missing[0]} in the ` +
      `stack configuration (or OVIRT_${missing[0].toUpperCase()} in the environment), or give ` +
      `this resource a connection argument`,
  };
}

/** Pulumi's check result for a codec's outcome and the resource's `connection` argument. */
export function checkResultWithConnection<Inputs>(
  outcome: CheckOutcome<Inputs>,
  connection: unknown,
): dynamic.CheckResult<Inputs> {
  const failures: CheckFailure[] = outcome.ok ? [] : [...outcome.failures];
  const connectionFailure = missingConnectionFailure(connection);
  if (connectionFailure !== undefined) {
    failures.push(connectionFailure);
  }

  return outcome.ok && failures.length === 0 ? { inputs: outcome.inputs } : { failures };
}
