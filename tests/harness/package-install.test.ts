import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";

import test from "ava";

import { installPackages, packPackage, REPOSITORY_NODE_MODULES } from "./package-install";

const FIXTURE_PACKAGE = path.join(__dirname, "fixtures/record-provider");

test("a tarball installs as real folders with its dependencies resolvable", async (t) => {
  const packs = await fs.mkdtemp(path.join(os.tmpdir(), "harness-packs-"));
  t.teardown(() => fs.rm(packs, { recursive: true, force: true }));
  const tarball = await packPackage(FIXTURE_PACKAGE, packs);

  const folder = await installPackages([tarball]);
  t.teardown(() => folder.dispose());
  const modules = path.join(folder.root, "node_modules");

  t.deepEqual(folder.packages, [
    {
      name: "harness-record-provider",
      version: "1.0.0",
      directory: path.join(modules, "harness-record-provider"),
    },
  ]);
  t.false((await fs.lstat(path.join(modules, "harness-record-provider"))).isSymbolicLink());
  t.false((await fs.lstat(path.join(modules, "@pulumi/pulumi"))).isSymbolicLink());
  t.is(
    await fs.realpath(path.join(modules, "@grpc/grpc-js")),
    path.join(REPOSITORY_NODE_MODULES, "@grpc/grpc-js"),
    "the SDK's own dependencies are linked from the repository",
  );
  t.deepEqual((await fs.readdir(path.join(modules, "harness-record-provider"))).sort(), [
    "index.js",
    "package.json",
    "provider.js",
  ]);
});

test("disposing an install removes its folder", async (t) => {
  const folder = await installPackages([FIXTURE_PACKAGE]);
  t.teardown(() => folder.dispose());

  await folder.dispose();

  await t.throwsAsync(fs.access(folder.root), { code: "ENOENT" });
});

test("a package missing a runtime dependency is refused with the name to add", async (t) => {
  const source = await fs.mkdtemp(path.join(os.tmpdir(), "harness-broken-package-"));
  t.teardown(() => fs.rm(source, { recursive: true, force: true }));
  await fs.writeFile(
    path.join(source, "package.json"),
    JSON.stringify({
      name: "broken-package",
      version: "0.0.1",
      dependencies: { "not-installed-anywhere": "1" },
    }),
  );

  const error = await t.throwsAsync(installPackages([source]));

  t.regex(error?.message ?? "", /^broken-package needs not-installed-anywhere at run time/);
});
