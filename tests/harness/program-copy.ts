// Copies a program's source folder into the install's programs/ folder. Programs live below the
// folder that holds node_modules, so many programs share one install and every require() in
// them, and in providers running with them as working directory, resolves the installed copies.
import { promises as fs } from "node:fs";
import path from "node:path";

import type { ProgramFolder } from "./package-install";

export async function copyProgram(folder: ProgramFolder, source: string): Promise<string> {
  const programs = path.join(folder.root, "programs");
  await fs.mkdir(programs, { recursive: true });
  const directory = await fs.mkdtemp(path.join(programs, `${path.basename(source)}-`));
  await replaceProgramFiles(directory, source);
  return directory;
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
