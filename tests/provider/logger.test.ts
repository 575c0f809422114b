import test from "ava";

import { createLogger, LOG_LEVEL_VARIABLE, redactSecrets } from "../../provider/logger";

function captureLines(): { lines: string[]; write: (line: string) => void } {
  const lines: string[] = [];
  return { lines, write: (line) => lines.push(line) };
}

test.serial("debug and info are silent unless OVIRT_LOG asks for them", (t) => {
  const previous = process.env[LOG_LEVEL_VARIABLE];
  t.teardown(() => {
    if (previous === undefined) delete process.env[LOG_LEVEL_VARIABLE];
    else process.env[LOG_LEVEL_VARIABLE] = previous;
  });
  const { lines, write } = captureLines();
  const logger = createLogger(write);

  delete process.env[LOG_LEVEL_VARIABLE];
  logger.debug("hidden debug");
  logger.info("hidden info");
  logger.warn("shown warning");

  process.env[LOG_LEVEL_VARIABLE] = "debug";
  logger.debug("shown debug");

  t.deepEqual(lines, ["[ovirt] warn: shown warning", "[ovirt] debug: shown debug"]);
});

test("redaction hides authorization values, tokens and passwords", (t) => {
  const line = redactSecrets(
    'Authorization: Bearer abc.def password=hunter2 {"access_token":"tok123"} token=xyz',
  );

  t.false(line.includes("abc.def"));
  t.false(line.includes("hunter2"));
  t.false(line.includes("tok123"));
  t.false(line.includes("xyz"));
  t.true(line.includes("Authorization: Bearer ***"));
});
