import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";

import test from "ava";
import type { ExecutionContext } from "ava";

import { mergeProjectConfig, readProjectConfig } from "./project-config";

async function projectFolder(t: ExecutionContext, manifest: string): Promise<string> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "harness-project-config-"));
  t.teardown(() => fs.rm(directory, { recursive: true, force: true }));
  await fs.writeFile(path.join(directory, "Pulumi.yaml"), manifest);
  return directory;
}

test("project config reads plain, value and default forms with the project as namespace", async (t) => {
  const directory = await projectFolder(
    t,
    [
      "name: shop",
      "runtime: nodejs",
      "config:",
      "  ovirt:url:",
      "    value: https://127.0.0.1:8443/ovirt-engine/api",
      "  domain: example.com",
      "  replicas:",
      "    type: integer",
      "    default: 3",
      "  sites:",
      "    value: [lab, production]",
      "  described:",
      "    description: declared without a default",
      "",
    ].join("\n"),
  );

  const config = await readProjectConfig(directory, "shop");

  t.deepEqual(config, {
    values: {
      "ovirt:url": "https://127.0.0.1:8443/ovirt-engine/api",
      "shop:domain": "example.com",
      "shop:replicas": "3",
      "shop:sites": '["lab","production"]',
    },
  });
});

test("a Pulumi.yaml without a config block gives no project config", async (t) => {
  const directory = await projectFolder(t, "name: shop\nruntime: nodejs\n");

  t.deepEqual(await readProjectConfig(directory, "shop"), { values: {} });
});

test("a config block that is not a map is refused naming the file", async (t) => {
  const directory = await projectFolder(t, "name: shop\nruntime: nodejs\nconfig: [a, b]\n");

  const error = await t.throwsAsync(readProjectConfig(directory, "shop"));

  t.is(
    error?.message,
    `${path.join(directory, "Pulumi.yaml")}: config must be a map of keys to values`,
  );
});

test("stack config wins over project config per key, secrecy included", (t) => {
  const project = {
    values: { "ovirt:url": "https://engine/ovirt-engine/api", "ovirt:caFile": "./engine-ca.pem" },
    secretKeys: ["ovirt:caFile"],
  };
  const stack = {
    values: { "ovirt:caFile": "/tmp/ca.pem", "ovirt:password": "pw" },
    secretKeys: ["ovirt:password"],
  };

  t.deepEqual(mergeProjectConfig(project, stack), {
    values: {
      "ovirt:url": "https://engine/ovirt-engine/api",
      "ovirt:caFile": "/tmp/ca.pem",
      "ovirt:password": "pw",
    },
    secretKeys: ["ovirt:password"],
  });
});
