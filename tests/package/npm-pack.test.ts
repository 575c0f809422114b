/**
 * What `npm pack` ships: the built code and its type declarations, plus the package's own
 * README, package.json and licence, and nothing else (no sources, tests, examples or source
 * maps pointing at sources that are not shipped). Needs the build in dist/, as `npm test` makes.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

import test from "ava";

const PACKAGE_ROOT = path.resolve(__dirname, "../..");

interface PackedFile {
  path: string;
}

let packed: Promise<string[]> | undefined;

/** The paths `npm pack` would put in the tarball; --ignore-scripts skips the prepack build. */
function packedPaths(): Promise<string[]> {
  packed ??= promisify(execFile)("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: PACKAGE_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  }).then(({ stdout }) => {
    const [summary] = JSON.parse(stdout) as Array<{ files: PackedFile[] }>;
    return summary.files.map((file) => file.path).sort();
  });
  return packed;
}

const shippedFolder = /^dist\/(sdk|provider|simulator)\//;
const packageFiles = /^(README\.md|package\.json|(LICEN[CS]E|COPYING|NOTICE)(\.[A-Za-z]+)?)$/i;

test("npm pack ships only built code under dist/ and the package's own files", async (t) => {
  const paths = await packedPaths();

  t.deepEqual(
    paths.filter((file) => !shippedFolder.test(file) && !packageFiles.test(file)),
    [],
  );
});

test("npm pack ships JavaScript and declarations, no sources, source maps or build info", async (t) => {
  const paths = await packedPaths();

  t.deepEqual(
    paths.filter(
      (file) =>
        shippedFolder.test(file) &&
        !(file.endsWith(".js") || file.endsWith(".d.ts") || file.endsWith(".json")),
    ),
    [],
  );
});

test("npm pack ships the entry points package.json names, with their types", async (t) => {
  const paths = await packedPaths();

  for (const entry of [
    "package.json",
    "README.md",
    "dist/sdk/index.js",
    "dist/sdk/index.d.ts",
    "dist/simulator/index.js",
    "dist/simulator/index.d.ts",
    "dist/provider/resource-providers/foreman-provider.js",
    "dist/provider/resource-providers/foreman-provider.d.ts",
  ]) {
    t.true(paths.includes(entry), `${entry} is not packed`);
  }
});
