import type { ExecutionContext } from "ava";

import { forgetStackConfig } from "../../provider/connection-settings";

/** Every environment variable the provider reads its engine connection and tuning from. */
const OVIRT_VARIABLES = [
  "OVIRT_URL",
  "OVIRT_USERNAME",
  "OVIRT_PASSWORD",
  "OVIRT_CAFILE",
  "OVIRT_INSECURE",
  "OVIRT_REQUEST_TIMEOUT_MS",
  "OVIRT_MAX_CONCURRENT_REQUESTS",
];

/**
 * Clears the remembered stack config and the OVIRT_* variables for one test, restoring the
 * variables afterwards. Both are process-wide, so the tests using this run serially.
 */
export function cleanConnectionSettings(t: ExecutionContext): void {
  const saved = Object.fromEntries(OVIRT_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of OVIRT_VARIABLES) delete process.env[name];
  forgetStackConfig();
  t.teardown(() => {
    forgetStackConfig();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}
