/**
 * The engine client's public surface, for the resource providers. Everything else in this folder
 * (request building, token cache, limiter, retry loop) is internal and left out on purpose.
 */
export { createEngineClient, getEngineClient } from "./engine-client";
export type {
  EngineClient,
  EngineClientOptions,
  EngineFetch,
  EngineFetchInit,
  EngineFetchResponse,
  EngineRequestOptions,
} from "./engine-client";
export { normaliseEngineUrl } from "./engine-connection";
export type { EngineConnectionSettings } from "./engine-connection";
export {
  EngineError,
  EngineLoginError,
  EngineSettingsError,
  isAnswerLost,
  isEngineError,
  isEngineLoginError,
  isEngineNotFound,
  isEngineSettingsError,
} from "./engine-error";
export { isEngineAtLeast } from "./engine-version";
export type { EngineVersion } from "./engine-version";
export type { RetryPolicy } from "./retry-policy";
export {
  readBoolean,
  readInteger,
  readList,
  readReference,
  writeBoolean,
  writeInteger,
} from "./wire-format";
export type { EngineReference } from "./wire-format";
