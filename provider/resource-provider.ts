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
import { defaultLogger } from "./logger";
import { engineClientFor } from "./resource-engine-client";
import type { ExternalProviderInputs, ProviderKind } from "./provider-kind";
import { inputsOf } from "./provider-state";
import { readExternalProvider } from "./read-external-provider";
import { updateExternalProvider } from "./update-external-provider";

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
      return createExternalProvider(
        engineClientFor(inputs.connection),
        kind,
        inputs,
        defaultLogger,
      );
    },

    async read(id, properties) {
      const stored = inputsOf<Inputs>(properties ?? {});
      const outcome = await readExternalProvider(
        engineClientFor(stored.connection),
        kind,
        id,
        stored,
      );
      return outcome.found ? { id, props: outcome.outs, inputs: outcome.inputs } : { id: "" };
    },

    async update(id, olds, news) {
      const previous = inputsOf<Inputs>(olds);
      const next = inputsOf<Inputs>(news);
      const client = engineClientFor(next.connection);
      return {
        outs: await updateExternalProvider(client, kind, id, previous, next, defaultLogger),
      };
    },

    async delete(id, properties) {
      const stored = inputsOf<Inputs>(properties);
      await deleteExternalProvider(engineClientFor(stored.connection), kind, id, stored);
    },
  };
}
