/** The simulator's CA file, as tests hand it to the provider through `ovirt:caFile`. */
import { readFileSync } from "node:fs";

import test from "ava";

import { startSimulator } from "../../simulator";
import { simulatorCaFile } from "./simulated-engine";

test("a simulator on a port an earlier one used gets a CA file of its own", async (t) => {
  const first = await startSimulator();
  t.teardown(() => first.stop());
  const firstFile = simulatorCaFile(first);
  await first.stop();

  const second = await startSimulator({ port: first.port });
  t.teardown(() => second.stop());
  const secondFile = simulatorCaFile(second);

  t.is(second.port, first.port);
  t.not(secondFile, firstFile);
  t.is(readFileSync(firstFile, "utf8"), first.caCertificate);
  t.is(readFileSync(secondFile, "utf8"), second.caCertificate);
});

test("the same simulator always gets the same CA file", async (t) => {
  const simulator = await startSimulator();
  t.teardown(() => simulator.stop());

  t.is(simulatorCaFile(simulator), simulatorCaFile(simulator));
});
