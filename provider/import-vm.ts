/**
 * Starting an external VM import: one POST /externalvmimports. The engine answers 201 with the
 * import echoed, the new VM's id in `vm.id` (engine-api.md section 1.2).
 *
 * The POST is never sent twice. When its answer is lost the engine may have started the import,
 * so the VM is looked up by its target name: found, it is the one this import made; not found,
 * nothing was imported. A name already taken is explained with the holder's id, because a
 * replaced import leaves its old VM behind unless removeOnDestroy is set.
 */
import type { VmwareVmImportInputs } from "./codecs/vmware-vm-import";
import { importedVmName, vmwareVmImportToEngine } from "./codecs/vmware-vm-import";
import type { EngineClient } from "./engine/engine-client";
import type { EngineError } from "./engine/engine-error";
import { isAnswerLost, isEngineError, isEngineNotFound, whyNoAnswer } from "./engine/engine-error";
import { readReference } from "./engine/wire-format";
import { findVmsNamed } from "./engine-vms";
import type { Logger } from "./logger";
import { messageOf } from "./error-message";

export interface ImportedVm {
  id: string;
  name: string;
}

async function findAfterLostAnswer(
  client: EngineClient,
  name: string,
  lost: EngineError,
  logger: Logger,
): Promise<ImportedVm> {
  const noAnswer =
    `Importing the VM "${name}" got no answer from engine ${client.apiUrl}` + whyNoAnswer(lost);
  let found;
  try {
    [found] = await findVmsNamed(client, name);
  } catch (lookupError) {
    throw new Error(
      `${noAnswer}, and looking for it failed too (${messageOf(lookupError)}). The import ` +
        `may be running: check the engine for a VM named "${name}" before running pulumi up ` +
        `again.`,
      { cause: lost },
    );
  }

  if (found === undefined) {
    throw new Error(
      `${noAnswer}, and no VM of that name exists there now, so nothing was imported. Run ` +
        `pulumi up again.`,
      { cause: lost },
    );
  }

  logger.info(`the answer to importing ${name} was lost; the engine holds it as VM ${found.id}`);
  return { id: found.id, name };
}

/** The objects an import names, for a 404: the engine does not say which one it missed. */
function describeTargets(inputs: VmwareVmImportInputs): string {
  const targets = [`cluster "${inputs.cluster}"`, `storage domain "${inputs.storageDomain}"`];
  if (inputs.proxyHost !== undefined) {
    targets.push(`proxy host "${inputs.proxyHost}"`);
  }

  return targets.join(", or ");
}

async function explainNameTaken(
  client: EngineClient,
  name: string,
  conflict: unknown,
): Promise<Error> {
  const holder = await findVmsNamed(client, name).then(
    ([vm]) => vm,
    () => undefined,
  );
  const which = holder === undefined ? "" : ` (id ${holder.id})`;

  return new Error(
    `A VM named "${name}" already exists on engine ${client.apiUrl}${which}, so the import ` +
      `cannot create it. Give newName to import under another name, or remove that VM. A ` +
      `replaced VmwareVmImport leaves its old VM unless removeOnDestroy is true.`,
    { cause: conflict },
  );
}

export async function importVm(
  client: EngineClient,
  inputs: VmwareVmImportInputs,
  logger: Logger,
): Promise<ImportedVm> {
  const name = importedVmName(inputs);
  let answer: unknown;

  try {
    answer = await client.post("/externalvmimports", vmwareVmImportToEngine(inputs));
  } catch (error) {
    if (isAnswerLost(error)) {
      return findAfterLostAnswer(client, name, error, logger);
    }

    if (isEngineError(error) && error.status === 409) {
      throw await explainNameTaken(client, name, error);
    }

    if (isEngineNotFound(error)) {
      throw new Error(
        `The engine ${client.apiUrl} found no ${describeTargets(inputs)} to import "${name}" ` +
          `into; check those names or ids.`,
        { cause: error },
      );
    }

    throw error;
  }

  const vm = readReference((answer as { vm?: unknown } | undefined)?.vm);
  if (vm?.id === undefined) {
    throw new Error(
      `The engine ${client.apiUrl} accepted the import of "${name}" but sent no VM id back; ` +
        `look for a VM named "${name}" there before running pulumi up again.`,
    );
  }

  return { id: vm.id, name };
}
