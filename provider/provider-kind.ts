/**
 * What the generic lifecycle needs to know about one kind of external provider.
 *
 * The five REST kinds differ mostly in their fields, so the lifecycle (create, read, update,
 * delete, certificates, connectivity test) is written once and each kind is described by one of
 * these: its codec functions, its REST collection, and the few hooks where its behaviour differs
 * (Cinder's authentication keys, engine-version gates).
 */
import type { CheckOutcome } from "./check-failures";
import type { ResourceConnection } from "./connection-settings";
import type { ProviderCollection } from "./provider-collections";
import type { EngineClient } from "./engine/engine-client";
import type { EngineVersion } from "./engine/engine-version";
import type { Logger } from "./logger";

/** The arguments every kind shares, after the codec checked them and applied defaults. */
export interface ExternalProviderInputs {
  name: string;
  description?: string;
  url?: string;
  authentication?: { username: string; password: string };
  connection?: ResourceConnection;
  adoptExisting?: boolean;
  testConnectivity?: boolean;
  trustedCertificate?: { sha256: string };
  trustPresentedCertificate?: boolean;
}

/** Where a kind's follow-up steps run: one engine, one provider. */
export interface ProviderContext<Inputs> {
  client: EngineClient;
  /** The provider's path below the API root, e.g. `/openstackvolumeproviders/<id>`. */
  providerPath: string;
  inputs: Inputs;
  /** The inputs this resource declared before, on update; undefined on create. */
  previousInputs?: Inputs;
  logger: Logger;
}

export interface ProviderKind<Inputs extends ExternalProviderInputs> {
  /** The Pulumi type name, e.g. "OpenStackImageProvider". */
  typeName: string;
  /** What an admin calls it, for messages: "OpenStack Image provider". */
  displayName: string;
  /** The REST collection that holds this kind. */
  collection: ProviderCollection;
  /** The engine's `type` for the shared network collection ("neutron" or "external"). */
  networkType?: "neutron" | "external";
  check(news: unknown): CheckOutcome<Inputs>;
  /** The engine JSON body for these inputs (add, or the source of an update's changes). */
  toEngine(inputs: Inputs): Record<string, unknown>;
  /** The engine's view of a provider, in input names; never holds a password. */
  fromEngine(entity: unknown): Partial<Inputs>;
  /** Input names the engine reads back: absent from its answer means cleared on the engine. */
  readableFields: readonly string[];
  /** Input names whose change the engine cannot apply in place. */
  replaceOnChange: readonly string[];
  /** Engine body keys resent with every update because the engine clears them when omitted. */
  resendOnUpdate?: readonly string[];
  /** Throws when this engine cannot hold the kind (Cinder on 4.5); may warn about ignored fields. */
  checkEngineSupport?(version: EngineVersion, inputs: Inputs, logger: Logger): void;
  /** What to do when the engine refuses to remove the provider because it is in use. */
  inUseAdvice: string;
  /** Query parameters of the DELETE, such as Cinder's `force`. */
  removeQuery?(inputs: Inputs): Record<string, string>;
  /** Steps after the provider exists or changed, such as Cinder authentication keys. */
  applyFollowUps?(context: ProviderContext<Inputs>): Promise<void>;
}
