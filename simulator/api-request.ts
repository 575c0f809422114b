import type { IncomingHttpHeaders } from "node:http";
import type { InputFormat, InputObject } from "./wire-input";
import type { WireDocument } from "./wire-value";

/** An authenticated API request as handlers see it. */
export interface ApiRequest {
  method: string;
  /** Decoded path segments after the API root (and after `/v4`). */
  segments: string[];
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** `/ovirt-engine/api`, or `/ovirt-engine/api/v4` when the client put the version in the path. */
  base: string;
  /** `https://127.0.0.1:PORT`, for absolute URLs such as Location. */
  origin: string;
  /** The parsed body, when one was sent. */
  body?: { format: InputFormat; rootTag?: string; value: InputObject };
}

/** What a handler answers; the server renders `document` as JSON or XML. */
export interface ApiReply {
  status: number;
  document?: WireDocument;
  headers?: Record<string, string>;
}

export type RouteHandler = (
  request: ApiRequest,
  params: Record<string, string>,
) => ApiReply | Promise<ApiReply>;

/** `true` for the query flag spellings the engine accepts (`async=true`, `force=1`). */
export function queryFlag(request: ApiRequest, name: string): boolean {
  const value = request.query[name]?.toLowerCase();
  return value === "true" || value === "1";
}

/** The action answer the engine sends for a finished synchronous operation. */
export function completedAction(status = 200): ApiReply {
  return { status, document: { rootTag: "action", body: { status: "complete" } } };
}
