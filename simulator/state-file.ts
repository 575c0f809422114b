import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import type { EngineState } from "./engine-state";

/**
 * Reads the state a previous run saved, or undefined when the file does not exist yet. A file
 * that exists but cannot be read is an error: starting empty would silently lose what it held.
 */
export function loadState(path: string): EngineState | undefined {
  if (!existsSync(path)) return undefined;
  const parsed = JSON.parse(readFileSync(path, "utf8")) as EngineState;
  if (parsed.formatVersion !== 1) {
    throw new Error(`state file ${path} has format ${String(parsed.formatVersion)}, expected 1`);
  }
  return parsed;
}

/**
 * Writes the whole state next to the target, flushes it to disk, then renames it over the
 * target. A crash at any point leaves either the old file or the new one, never half of one.
 */
export function saveState(path: string, state: EngineState): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const file = openSync(temporary, "w", 0o600);
  try {
    writeSync(file, JSON.stringify(state));
    fsyncSync(file);
  } finally {
    closeSync(file);
  }
  renameSync(temporary, path);
  syncDirectory(dirname(path));
}

// The rename itself lives in the directory entry; without this fsync a power cut could undo it.
function syncDirectory(directory: string): void {
  let handle: number | undefined;
  try {
    handle = openSync(directory, "r");
    fsyncSync(handle);
  } catch {
    // Some platforms cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}
