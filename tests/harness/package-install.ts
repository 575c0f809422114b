// Installs packages into a temporary program folder the way a user's `npm install` would leave
// them: a real copy under node_modules, never a symlink. Pulumi serializes a provider by
// reference only when its module's real path lies under node_modules (pulumi-dynamic.md section
// 2), so a linked package would be copied by value and test something users never run.
//
// Registry installs are slow and need the network, so runtime dependencies are linked from the
// repository's own node_modules instead. @pulumi/pulumi is the exception: it is copied, because
// its closure serializer resolves packages from its own real location
// (runtime/closure/package.js:29-49) and must find the program's node_modules, as it does for users.
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** This repository, whose package (pulumi-ovirt-external-providers) tests install. */
export const REPOSITORY_ROOT = path.resolve(__dirname, "../..");

/** The repository's node_modules, where runtime dependencies are linked from by default. */
export const REPOSITORY_NODE_MODULES = path.join(REPOSITORY_ROOT, "node_modules");

const COPIED_DEPENDENCIES = new Set(["@pulumi/pulumi"]);

export interface InstalledPackage {
  readonly name: string;
  readonly version: string;
  /** Where it was installed: `<root>/node_modules/<name>`, a real directory. */
  readonly directory: string;
}

/** A temporary folder with node_modules, in which programs and plugins run. */
export interface ProgramFolder {
  readonly root: string;
  readonly packages: readonly InstalledPackage[];
  /** Removes the folder and everything in it. Safe to call twice. */
  dispose(): Promise<void>;
}

export interface InstallOptions {
  /** node_modules to link runtime dependencies from. @default REPOSITORY_NODE_MODULES */
  dependenciesFrom?: string;
  /**
   * Pass --ignore-scripts to `npm pack`, skipping a prepack build. On by default: ava runs test
   * files in parallel processes, and builds racing into one dist/ break each other; `npm test`
   * builds once before ava instead. A package packed without its main file is refused.
   * @default true
   */
  ignoreScripts?: boolean;
}

interface PackageManifest {
  name: string;
  version: string;
  main?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/**
 * Installs each package (a directory to `npm pack`, or a `.tgz`) into a new temporary program
 * folder, with their runtime dependencies and @pulumi/pulumi resolvable from it.
 */
export async function installPackages(
  sources: readonly string[],
  options: InstallOptions = {},
): Promise<ProgramFolder> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "pulumi-harness-"));
  const dispose = () => fs.rm(root, { recursive: true, force: true });
  try {
    const dependenciesFrom = options.dependenciesFrom ?? REPOSITORY_NODE_MODULES;
    await fs.mkdir(path.join(root, "node_modules"));
    await writeJson(path.join(root, "package.json"), { name: "harness-program", private: true });

    const packages: InstalledPackage[] = [];
    for (const source of sources) {
      const tarball = source.endsWith(".tgz")
        ? path.resolve(source)
        : await packPackage(source, root, options.ignoreScripts ?? true);
      packages.push(await extractPackage(tarball, root));
    }
    for (const installed of packages) {
      await installDependencies(root, await readManifest(installed.directory), dependenciesFrom);
    }
    return { root, packages, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Runs `npm pack` for a package directory and returns the tarball's path in `destination`. */
export async function packPackage(
  directory: string,
  destination: string,
  ignoreScripts = false,
): Promise<string> {
  const args = ["pack", "--json", "--pack-destination", destination];
  if (ignoreScripts) args.push("--ignore-scripts");
  const { stdout } = await run("npm", args, { cwd: path.resolve(directory) });

  // With a prepack script, npm prints the script's own output before the JSON.
  const report = JSON.parse(stdout.slice(stdout.indexOf("["))) as { filename: string }[];
  return path.join(destination, report[0].filename);
}

async function extractPackage(tarball: string, root: string): Promise<InstalledPackage> {
  const unpacked = await fs.mkdtemp(path.join(root, "unpacked-"));
  // Every npm tarball holds its files under a top-level "package/" folder.
  await run("tar", ["-xzf", tarball, "-C", unpacked, "--strip-components=1"]);
  const manifest = await readManifest(unpacked);

  if (manifest.main !== undefined && !(await exists(path.join(unpacked, manifest.main)))) {
    throw new Error(
      `${manifest.name} was packed without its main file ${manifest.main}: build it first ` +
        `(npm run build) or check the "files" list in its package.json`,
    );
  }

  const directory = path.join(root, "node_modules", manifest.name);
  await fs.mkdir(path.dirname(directory), { recursive: true });
  await fs.rename(unpacked, directory);
  return { name: manifest.name, version: manifest.version, directory };
}

async function installDependencies(
  root: string,
  manifest: PackageManifest,
  dependenciesFrom: string,
): Promise<void> {
  const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}));
  for (const name of runtimeDependencyNames(manifest)) {
    const target = path.join(root, "node_modules", name);
    if (await exists(target)) continue;

    const source = path.join(dependenciesFrom, name);
    const available = await exists(source);
    if (!available && optional.has(name)) continue;
    if (!available) {
      throw new Error(
        `${manifest.name} needs ${name} at run time, but ${dependenciesFrom} has no ${name}: ` +
          `run npm install in the repository or add it to the package's dependencies`,
      );
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    if (!COPIED_DEPENDENCIES.has(name)) {
      await fs.symlink(source, target, "dir");
      continue;
    }
    await fs.cp(source, target, { recursive: true });
    await installDependencies(root, await readManifest(target), dependenciesFrom);
  }
}

// Optional peers are left out on purpose: @pulumi/pulumi then falls back to its vendored
// TypeScript and ts-node, which is what a program without them gets from the CLI too.
function runtimeDependencyNames(manifest: PackageManifest): string[] {
  const optionalPeers = manifest.peerDependenciesMeta ?? {};
  const peers = Object.keys(manifest.peerDependencies ?? {}).filter(
    (name) => optionalPeers[name]?.optional !== true,
  );
  return [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
    ...peers,
  ];
}

async function readManifest(directory: string): Promise<PackageManifest> {
  return JSON.parse(await fs.readFile(path.join(directory, "package.json"), "utf8"));
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await fs.writeFile(file, JSON.stringify(value, null, 2) + "\n");
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}
