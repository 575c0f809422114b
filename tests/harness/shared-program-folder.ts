// One install per test process: ava runs each test file in its own process, and every test in
// that file that asks for the same packages gets the same program folder. Installing copies
// @pulumi/pulumi (16 MB), so sharing it keeps a test file's cost to one install.
import { rmSync } from "node:fs";

import type { InstallOptions, ProgramFolder } from "./package-install";
import { installPackages } from "./package-install";

const installs = new Map<string, Promise<ProgramFolder>>();
const roots = new Set<string>();

// A safety net for a file that forgets releaseSharedProgramFolders: only synchronous work runs
// in an exit handler, hence rmSync.
process.once("exit", () => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/**
 * Returns the program folder for these packages, installing them on first use in this process.
 * Do not dispose it from a test; call {@link releaseSharedProgramFolders} in `test.after.always`.
 */
export function sharedProgramFolder(
  sources: readonly string[],
  options: InstallOptions = {},
): Promise<ProgramFolder> {
  const key = JSON.stringify([sources, options]);
  let install = installs.get(key);
  if (install === undefined) {
    install = installPackages(sources, options).then((folder) => {
      roots.add(folder.root);
      return folder;
    });
    installs.set(key, install);
  }
  return install;
}

/** Removes every shared program folder of this process. */
export async function releaseSharedProgramFolders(): Promise<void> {
  const pending = [...installs.values()];
  installs.clear();
  for (const install of pending) {
    const folder = await install.catch(() => undefined);
    if (folder === undefined) continue;
    await folder.dispose();
    roots.delete(folder.root);
  }
}
