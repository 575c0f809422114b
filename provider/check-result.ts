/**
 * The `check` step of every resource: the codec's verdict plus the stack-level engine settings
 * (`ovirt:url`, `ovirt:username`, `ovirt:insecure`, the CA, the request tuning), checked as the
 * client would check them, so that `pulumi preview` says what to set or fix before any request is
 * made rather than `pulumi up` failing at the first one.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";

import type { CheckFailure, CheckOutcome } from "./check-failures";
import type { StackSettingProblem } from "./connection-settings";
import {
  invalidStackSettings,
  missingConnectionSettings,
  missingSettingsAdvice,
} from "./connection-settings";

/** The failure for an engine connection that is set neither on the resource nor for the stack. */
export function missingConnectionFailure(connection: unknown): CheckFailure | undefined {
  const missing = missingConnectionSettings(connection);
  if (missing.length === 0) {
    return undefined;
  }

  const {
    configKeys: keys,
    commands,
    environmentVariables: variables,
  } = missingSettingsAdvice(missing);
  return {
    property: "connection",
    reason:
      `no engine to talk to: ${missing.join(", ")} not set; set ${keys.join(", ")} in the ` +
      `stack configuration (${commands.join("; ")}), or ${variables.join(", ")} in the ` +
      `environment, or give this resource a connection argument`,
  };
}

/**
 * The failure for a stack-level setting that is set but cannot work. It names the key (and the
 * environment variable when the value came from there) and the command that fixes it. It never
 * repeats a value, which may be text the user considers private; only a CA file's path appears,
 * in the rule that says it cannot be read.
 */
export function stackSettingFailure(problem: StackSettingProblem): CheckFailure {
  const origin =
    problem.environmentVariable === undefined
      ? `the stack setting ${problem.configKey}`
      : `${problem.environmentVariable} (read because the stack does not set ${problem.configKey})`;
  const where =
    problem.environmentVariable === undefined
      ? ""
      : `correct ${problem.environmentVariable} in the environment, or `;

  return {
    property: "connection",
    reason: `${origin} ${problem.rule}; ${where}fix it with: ${problem.fix}`,
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
  failures.push(...invalidStackSettings(connection).map(stackSettingFailure));

  return outcome.ok && failures.length === 0 ? { inputs: outcome.inputs } : { failures };
}
