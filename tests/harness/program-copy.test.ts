import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";

import test from "ava";
import type { ExecutionContext } from "ava";

import { copyProgram, readProjectName } from "./program-copy";
import { REPOSITORY_NODE_MODULES } from "./package-install";
import { releaseSharedProgramFolders, sharedProgramFolder } from "./shared-program-folder";

const FIXTURE_PACKAGE = path.join(__dirname, "fixtures/record-provider");

test.after.always(() => releaseSharedProgramFolders());

async function programSource(t: ExecutionContext, manifest: object): Promise<string> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "harness-program-source-"));
  t.teardown(() => fs.rm(directory, { recursive: true, force: true }));
  await fs.writeFile(path.join(directory, "Pulumi.yaml"), "name: copied\nruntime: nodejs\n");
  await fs.writeFile(path.join(directory, "package.json"), JSON.stringify(manifest));
  await fs.writeFile(path.join(directory, "index.ts"), "export const answer = 42;\n");
  return directory;
}

test("a copied program gets the dependencies it declares and the install lacks", async (t) => {
  const folder = await sharedProgramFolder([FIXTURE_PACKAGE]);
  const source = await programSource(t, {
    dependencies: { "@pulumi/pulumi": "^3", "harness-record-provider": "^1" },
    devDependencies: { typescript: "^5" },
  });

  const directory = await copyProgram(folder, source);
  t.teardown(() => fs.rm(directory, { recursive: true, force: true }));

  t.is(await readProjectName(directory), "copied");
  t.is(path.dirname(path.dirname(directory)), folder.root, "programs share the install");
  t.deepEqual(await fs.readdir(path.join(directory, "node_modules")), ["typescript"]);
  t.is(
    await fs.realpath(path.join(directory, "node_modules/typescript")),
    path.join(REPOSITORY_NODE_MODULES, "typescript"),
  );
});

test("a program depending on a package nobody provides is refused by name", async (t) => {
  const folder = await sharedProgramFolder([FIXTURE_PACKAGE]);
  const source = await programSource(t, { dependencies: { "no-such-package-anywhere": "1" } });

  const error = await t.throwsAsync(copyProgram(folder, source));

  t.regex(error?.message ?? "", /depends on no-such-package-anywhere, which neither/);
});
