// The test engine's state file: one JSON document listing every resource of the stack in
// registration order, values in checkpoint form (secrets as ciphertext, see checkpoint-values).
import { promises as fs } from "node:fs";

import { fromCheckpointValue, toCheckpointValue } from "./checkpoint-values";
import type { PropertyMap } from "./property-values";

/** One resource as state holds it. Values carry secret wrappers where the engine marked them. */
export interface StoredResource {
  urn: string;
  type: string;
  /** False for components and the stack itself. */
  custom: boolean;
  /** Provider-assigned id; absent for components. */
  id?: string;
  parent?: string;
  inputs: PropertyMap;
  outputs: PropertyMap;
  dependencies: string[];
  additionalSecretOutputs?: string[];
  deleteBeforeReplace?: boolean;
  /** Set when create or update failed after the object came to exist (ErrorResourceInitFailed). */
  initErrors?: string[];
}

interface StateDocument {
  version: 1;
  resources: StoredResource[];
}

export async function readState(file: string): Promise<StoredResource[]> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const document = JSON.parse(text) as StateDocument;
  return document.resources.map((resource) => ({
    ...resource,
    inputs: fromCheckpointValue(resource.inputs) as PropertyMap,
    outputs: fromCheckpointValue(resource.outputs) as PropertyMap,
  }));
}

export async function writeState(
  file: string,
  resources: readonly StoredResource[],
): Promise<void> {
  const document: StateDocument = {
    version: 1,
    resources: resources.map((resource) => ({
      ...resource,
      inputs: toCheckpointValue(resource.inputs) as PropertyMap,
      outputs: toCheckpointValue(resource.outputs) as PropertyMap,
    })),
  };
  // Write then rename, so a crash never leaves half a state file behind.
  await fs.writeFile(`${file}.tmp`, JSON.stringify(document, null, 2) + "\n");
  await fs.rename(`${file}.tmp`, file);
}
