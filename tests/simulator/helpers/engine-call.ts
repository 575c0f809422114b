import type { RunningSimulator } from "../../../simulator/index";
import type { HttpsAnswer } from "./https-request";
import { httpsRequest } from "./https-request";

export interface EngineAnswer extends HttpsAnswer {
  /** The body parsed as JSON (throws when it is not JSON). */
  json: () => Record<string, unknown>;
}

export interface CallOptions {
  /** Sent as JSON unless it is a string (then sent as is). */
  body?: unknown;
  headers?: Record<string, string>;
  /** "basic" (default), "none", or a Bearer token. */
  auth?: "basic" | "none" | { token: string };
  timeoutMs?: number;
}

/**
 * A request to the simulator's API as any client would send it (no code from our client):
 * JSON in and out, Basic authentication unless told otherwise. `path` is API-relative.
 */
export async function call(
  simulator: RunningSimulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<EngineAnswer> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  const auth = options.auth ?? "basic";
  if (auth === "basic") {
    const login = Buffer.from(`${simulator.username}:${simulator.password}`).toString("base64");
    headers.Authorization = `Basic ${login}`;
  } else if (auth !== "none") {
    headers.Authorization = `Bearer ${auth.token}`;
  }
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["Content-Type"] ??= "application/json";
  }
  const answer = await httpsRequest(`${simulator.apiUrl}${path}`, {
    method,
    headers,
    body,
    ca: simulator.caCertificate,
    timeoutMs: options.timeoutMs,
  });
  return { ...answer, json: () => JSON.parse(answer.text) as Record<string, unknown> };
}

/** POSTs a provider and returns its id, failing loudly when the engine refuses it. */
export async function addProvider(
  simulator: RunningSimulator,
  collection: string,
  body: Record<string, unknown>,
): Promise<string> {
  const answer = await call(simulator, "POST", `/${collection}`, { body });
  if (answer.status !== 201) throw new Error(`add refused: ${answer.status} ${answer.text}`);
  return answer.json().id as string;
}
