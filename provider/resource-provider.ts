/**
 * Builds the Pulumi dynamic `ResourceProvider` for one kind of external provider.
 *
 * Each kind's module under resource-providers/ exports the result as its whole `module.exports`,
 * so Pulumi stores a short `require(...)` of that module in state instead of a copy of the code.
 * Everything stateful (stack configuration, engine clients, tokens) lives at module level in the
 * modules this one imports, and is never serialized.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";

import { checkResultWithConnection } from "./check-result";
import { rememberStackConfig } from "./connection-settings";
import { createExternalProvider } from "./create-external-provider";
import { deleteExternalProvider } from "./delete-external-provider";
import { diffProviderProperties } from "./diff-properties";
import type { EngineClient } from "./engine/engine-client";
import { defaultLogger, silentLogger } from "./logger";
import { engineClientFor } from "./resource-engine-client";
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";
import { inputsOf } from "./provider-state";
import { readExternalProvider } from "./read-external-provider";
import { withSerializedProvider } from "./resource-init-error";
import { updateExternalProvider } from "./update-external-provider";
import { messageOf } from "./error-message";

/**
 * Why a read or delete failed, when the cause is the engine's version: a Cinder provider on an
 * engine upgraded to 4.5 answers every call with a bare HTTP 500. The version is only asked for
 * after a failure, so healthy refreshes and destroys cost no extra request.
 */
async function explainEngineLimit<Inputs extends ExternalProviderInputs>(
  client: EngineClient,
  kind: ProviderKind<Inputs>,
  inputs: Inputs,
  failure: unknown,
  advice: string,
): Promise<unknown> {
  if (kind.checkEngineSupport === undefined) {
    return failure;
  }

  // An engine that cannot even say its version failed for another reason: keep that error.
  const version = await client.engineVersion().catch(() => undefined);
  if (version === undefined) {
    return failure;
  }

  try {
    // Its warnings were given on create or update already; only its refusal matters here.
    kind.checkEngineSupport(version, inputs, silentLogger);
  } catch (limit) {
    const reason = messageOf(limit);
    return new Error(`${reason} ${advice}`, { cause: failure });
  }

  return failure;
}

/** What to do about a resource this engine can no longer serve, on refresh or destroy. */
const UNSERVED_ADVICE =
  "To drop it from the stack without the engine, run `pulumi state delete` with its URN.";

export function createResourceProvider<Inputs extends ExternalProviderInputs>(
  kind: ProviderKind<Inputs>,
): dynamic.ResourceProvider {
  return {
    async configure(request) {
      rememberStackConfig(request.config);
    },

    async check(_olds, news) {
      return checkResultWithConnection(kind.check(inputsOf(news)), news.connection);
    },

    async diff(_id, olds, news) {
      return diffProviderProperties(kind, olds, news);
    },

    async create(properties) {
      const inputs = inputsOf<Inputs>(properties);
      try {
        return await createExternalProvider(
          engineClientFor(inputs.connection),
          kind,
          inputs,
          defaultLogger,
        );
      } catch (error) {
        throw withSerializedProvider(error, properties);
      }
    },

    async read(id, properties) {
      const stored = inputsOf<Inputs>(properties ?? {});
      const client = engineClientFor(stored.connection);
      let outcome;
      try {
        outcome = await readExternalProvider(client, kind, id, stored);
      } catch (error) {
        throw await explainEngineLimit(client, kind, stored, error, UNSERVED_ADVICE);
      }
      return outcome.found ? { id, props: outcome.outs, inputs: outcome.inputs } : { id: "" };
    },

    async update(id, olds, news) {
      const previous = inputsOf<Inputs>(olds);
      const next = inputsOf<Inputs>(news);
      const client = engineClientFor(next.connection);
      try {
        return {
          outs: await updateExternalProvider(client, kind, id, previous, next, defaultLogger),
        };
      } catch (error) {
        throw withSerializedProvider(error, news);
      }
    },

    async delete(id, properties) {
      const stored = inputsOf<Inputs>(properties);
      const client = engineClientFor(stored.connection);
      try {
        await deleteExternalProvider(client, kind, id, stored);
      } catch (error) {
        throw await explainEngineLimit(client, kind, stored, error, UNSERVED_ADVICE);
      }
    },
  };
}
