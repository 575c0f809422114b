// The error a plugin call rejects with. It keeps what the plugin said: the gRPC status and
// message, and for create or update the ErrorResourceInitFailed details that the dynamic-provider
// plugin attaches when the thrown error carried an id (cmd/dynamic-provider/index.js:369-397).
import type * as grpc from "@grpc/grpc-js";
import { ErrorResourceInitFailed } from "@pulumi/pulumi/proto/provider_pb";
import { Status } from "@pulumi/pulumi/proto/status_pb";

import type { PropertyMap } from "./property-values";
import { fromStruct } from "./struct-values";

const INIT_FAILED_TYPE = "pulumirpc.ErrorResourceInitFailed";

/** A resource the provider made but could not finish: the engine keeps it in state. */
export interface ResourceInitFailure {
  id: string;
  /** As the plugin sent them: secrets not yet re-marked. */
  properties: PropertyMap;
  reasons: string[];
}

export class ProviderCallError extends Error {
  override readonly name = "ProviderCallError";

  constructor(
    /** The plugin method, e.g. "Create". */
    readonly method: string,
    /** The gRPC status code. */
    readonly code: number,
    /** The plugin's own message, usually the provider's error message. */
    readonly details: string,
    readonly initFailure?: ResourceInitFailure,
  ) {
    super(`${method} failed: ${details}`);
  }
}

export function isProviderCallError(error: unknown): error is ProviderCallError {
  return error instanceof Error && error.name === "ProviderCallError";
}

/** Builds a ProviderCallError from what grpc-js handed the client. */
export function toProviderCallError(method: string, error: grpc.ServiceError): ProviderCallError {
  return new ProviderCallError(method, error.code, error.details, readInitFailure(error.metadata));
}

function readInitFailure(metadata: grpc.Metadata | undefined): ResourceInitFailure | undefined {
  for (const raw of metadata?.get("grpc-status-details-bin") ?? []) {
    const status = Status.deserializeBinary(toBytes(raw));
    for (const detail of status.getDetailsList()) {
      const failure = detail.unpack(ErrorResourceInitFailed.deserializeBinary, INIT_FAILED_TYPE);
      if (failure === null) continue;
      return {
        id: failure.getId(),
        properties: fromStruct(failure.getProperties()),
        reasons: failure.getReasonsList(),
      };
    }
  }
  return undefined;
}

function toBytes(raw: string | Buffer): Uint8Array {
  return typeof raw === "string" ? Buffer.from(raw, "binary") : new Uint8Array(raw);
}
