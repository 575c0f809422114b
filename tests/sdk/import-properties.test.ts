import * as pulumi from "@pulumi/pulumi";
import test from "ava";

import { importProperties } from "../../sdk/import-properties";

test("declared outputs not given are present as placeholders so Pulumi exposes them", (t) => {
  const properties = importProperties(
    { sourceVmName: "web01" },
    [],
    ["vmId", "vmName", "sourceVmName", "proxyHost"],
  );

  t.deepEqual(properties, {
    vmId: undefined,
    vmName: undefined,
    sourceVmName: "web01",
    proxyHost: undefined,
  });
});

test("no name and no providerId are added", (t) => {
  const properties = importProperties({ dataCenter: "Default" }, [], ["networkId"]);

  t.false("name" in properties);
  t.false("providerId" in properties);
});

test("secret-holding arguments are wrapped as secrets, absent ones stay placeholders", async (t) => {
  const properties = importProperties(
    { password: "hunter2" },
    ["password", "connection"],
    ["password", "connection"],
  );

  t.true(await pulumi.isSecret(properties.password as pulumi.Output<unknown>));
  t.is(properties.connection, undefined);
});
