/**
 * Creating a provider: one POST, then only the follow-up steps the resource asks for.
 *
 * Three situations need care. When the POST's answer is lost (timeout, reset connection) the
 * engine may have created the provider, so it is looked up by name before anything else; a
 * second POST is never sent. When the name is taken, the provider is adopted only if the
 * resource says `adoptExisting: true`; otherwise the error names the holder and how to adopt it.
 * When a follow-up step fails, the error carries the new id, so Pulumi keeps the provider in
 * state instead of leaving an orphan on the engine.
 */
import { definedOnly } from "./codecs/engine-json";
import type { EngineClient } from "./engine/engine-client";
import { isAnswerLost, isEngineError, whyNoAnswer } from "./engine/engine-error";
import { runFollowUpSteps } from "./follow-up-steps";
import type { Logger } from "./logger";
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";
import type { EngineEntity } from "./provider-lookup";
import { findNameHolder, findProviderNamed, isEngineEntity } from "./provider-lookup";
import type { ProviderOutputs } from "./provider-state";
import { outputsFor, overlayEngineView } from "./provider-state";
import { clearedEngineFields } from "./changed-engine-fields";
import { messageOf } from "./error-message";

export interface CreateOutcome<Inputs> {
  id: string;
  outs: ProviderOutputs<Inputs>;
}

function collectionPath<Inputs extends ExternalProviderInputs>(kind: ProviderKind<Inputs>): string {
  return `/${kind.collection.path}`;
}

async function explainNameConflict<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  inputs: Inputs,
  conflict: unknown,
): Promise<Error> {
  const holder = await findNameHolder(client, inputs.name);
  const where = `on engine ${client.apiUrl}`;

  if (holder === undefined) {
    return new Error(
      `The engine refused the name "${inputs.name}" as already in use ${where}, ` +
        `but no provider of that name is visible to this user.`,
      { cause: conflict },
    );
  }

  const sameKind =
    holder.collection.path === kind.collection.path &&
    (kind.networkType === undefined || holder.entity.type === kind.networkType);
  const advice = sameKind
    ? `To manage it with this resource, set adoptExisting: true; to keep it, choose another name.`
    : `Names are unique across all provider types: choose another name for this ${kind.displayName}.`;

  return new Error(
    `A provider named "${inputs.name}" already exists ${where} ` +
      `(id ${holder.entity.id}, in /${holder.collection.path}). ${advice}`,
    { cause: conflict },
  );
}

/** POSTs the provider; after a lost answer, the lookup decides what happened. */
async function addProvider<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  inputs: Inputs,
  logger: Logger,
): Promise<EngineEntity> {
  let answer: unknown;

  try {
    answer = await client.post(collectionPath(kind), kind.toEngine(inputs));
  } catch (error) {
    if (isAnswerLost(error)) {
      const created = await findProviderNamed(
        client,
        kind.collection,
        inputs.name,
        kind.networkType,
      );
      if (created !== undefined) {
        logger.info(
          `the answer to creating ${inputs.name} was lost; the engine holds it as ${created.id}`,
        );
        return created;
      }

      throw new Error(
        `Creating the ${kind.displayName} "${inputs.name}" got no answer from engine ` +
          `${client.apiUrl}${whyNoAnswer(error)}, ` +
          `and no provider of that name exists there now, so nothing was created. Run the update again.`,
        { cause: error },
      );
    }

    if (isEngineError(error) && error.status === 409) {
      throw await explainNameConflict(client, kind, inputs, error);
    }

    // The engine's error names the collection but not which resource was being created.
    const cause = messageOf(error);
    throw new Error(`Creating the ${kind.displayName} "${inputs.name}" failed: ${cause}`, {
      cause: error,
    });
  }

  if (!isEngineEntity(answer)) {
    throw new Error(
      `The engine ${client.apiUrl} accepted the ${kind.displayName} but sent no id back.`,
    );
  }

  return answer;
}

/**
 * The PUT that brings an adopted provider to the declared state. The engine merges a PUT into
 * what it holds, so every declared field is sent (the stored password is unknown, so it is sent
 * too), and fields the engine holds but the resource does not declare (a description or custom
 * properties set by hand) are sent empty, which is how the engine clears them. They are found by
 * mapping the engine's view, completed with the declared values, to engine fields.
 */
export function adoptionBody<Inputs extends ExternalProviderInputs>(
  kind: ProviderKind<Inputs>,
  inputs: Inputs,
  existing: EngineEntity,
): Record<string, unknown> {
  const declared = kind.toEngine(inputs);
  const held = kind.toEngine({ ...kind.fromEngine(existing), ...definedOnly(inputs) });
  return { ...declared, ...clearedEngineFields(held, declared) };
}

/** Takes over the same-named provider of this kind, bringing it to the declared state. */
async function adoptProvider<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  inputs: Inputs,
  logger: Logger,
): Promise<EngineEntity | undefined> {
  const existing = await findProviderNamed(client, kind.collection, inputs.name, kind.networkType);
  if (existing === undefined) {
    return undefined;
  }

  logger.info(`adopting the existing ${kind.displayName} ${inputs.name} (${existing.id})`);
  const updated = await client.put(
    `${collectionPath(kind)}/${existing.id}`,
    adoptionBody(kind, inputs, existing),
  );
  return isEngineEntity(updated) ? updated : existing;
}

export async function createExternalProvider<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  inputs: Inputs,
  logger: Logger,
): Promise<CreateOutcome<Inputs>> {
  kind.checkEngineSupport?.(await client.engineVersion(), inputs, logger);

  const adopted =
    inputs.adoptExisting === true ? await adoptProvider(client, kind, inputs, logger) : undefined;
  const entity = adopted ?? (await addProvider(client, kind, inputs, logger));
  const providerPath = `${collectionPath(kind)}/${entity.id}`;
  const outs = outputsFor(overlayEngineView(kind, inputs, kind.fromEngine(entity)), entity.id);

  await runFollowUpSteps({
    kind,
    context: { client, providerPath, inputs, logger },
    trustCertificate: true,
    outputs: outs,
    done: `was ${adopted === undefined ? "created" : "adopted"} (id ${entity.id})`,
  });

  return { id: entity.id, outs };
}
