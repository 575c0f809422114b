// Copies a program's source folder into the install's programs/ folder. Programs live below the
// folder that holds node_modules, so many programs share one install and every require() in
// them, and in providers running with them as working directory, resolves the installed copies.
import { promises as fs } from "node:fs";
import path from "node:path";

import type { ProgramFolder } from "./package-install";
import { REPOSITORY_NODE_MODULES } from "./package-install";

export async function copyProgram(
  folder: ProgramFolder,
  source: string,
  dependenciesFrom = REPOSITORY_NODE_MODULES,
): Promise<string> {
  const programs = path.join(folder.root, "programs");
  await fs.mkdir(programs, { recursive: true });
  const directory = await fs.mkdtemp(path.join(programs, `${path.basename(source)}-`));
  try {
    await replaceProgramFiles(directory, source);
    await linkProgramDependencies(folder, directory, dependenciesFrom);
    return directory;
  } catch (error) {
    await fs.rm(directory, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Links the program's own dependencies and devDependencies that the install does not provide
 * (typically typescript and @types/node) into the program's node_modules, as `npm install` in
 * the program folder would. It matters: with no typescript next to it, @pulumi/pulumi compiles
 * the program with its vendored TypeScript 3.8.3 (tsutils.js:49-62), which refuses tsconfig
 * options newer than 3.8, such as "target": "ES2022".
 */
export async function linkProgramDependencies(
  folder: ProgramFolder,
  directory: string,
  dependenciesFrom = REPOSITORY_NODE_MODULES,
): Promise<string[]> {
  const manifestFile = path.join(directory, "package.json");
  if (!(await exists(manifestFile))) return [];
  const manifest = JSON.parse(await fs.readFile(manifestFile, "utf8"));
  const names = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
  ];
  const linked: string[] = [];
  for (const name of names) {
    const target = path.join(directory, "node_modules", name);
    if (await exists(path.join(folder.root, "node_modules", name))) continue;
    if (await exists(target)) continue;
    const source = path.join(dependenciesFrom, name);
    if (!(await exists(source))) {
      throw new Error(
        `the program in ${directory} depends on ${name}, which neither the installed packages ` +
          `nor ${dependenciesFrom} provide`,
      );
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.symlink(source, target, "dir");
    linked.push(name);
  }
  return linked;
}

/** Replaces the program's files, keeping anything the harness put there (state files). */
export async function replaceProgramFiles(directory: string, source: string): Promise<void> {
  for (const entry of await fs.readdir(source)) {
    if (entry === "node_modules") continue;
    await fs.rm(path.join(directory, entry), { recursive: true, force: true });
    await fs.cp(path.join(source, entry), path.join(directory, entry), { recursive: true });
  }
}

/** The project name from Pulumi.yaml's top-level `name:`. */
export async function readProjectName(directory: string): Promise<string> {
  const manifest = await fs.readFile(path.join(directory, "Pulumi.yaml"), "utf8");
  const match = /^name:\s*["']?([^"'\s]+)/m.exec(manifest);
  if (match === null) throw new Error(`${directory}/Pulumi.yaml has no top-level name`);
  return match[1];
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}
