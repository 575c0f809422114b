import { EngineError } from "./engine-error";
import { readEngineFault } from "./engine-fault";
import type { EngineRequest } from "./engine-request";

/** What came back for one request: status, the engine's correlation id (or ours) and the body. */
export interface EngineAnswer {
  status: number;
  correlationId: string;
  body: string;
}

/**
 * The parsed JSON of a 2xx answer (undefined for an empty body), or an {@link EngineError}
 * carrying the engine's fault, with the request's `secrets` (token, password) hidden in it, for
 * anything else.
 */
export function readEngineAnswer(
  request: EngineRequest,
  answer: EngineAnswer,
  engineUrl: string,
  secrets: readonly string[] = [],
): unknown {
  const failure = {
    method: request.method,
    path: request.path,
    status: answer.status,
    correlationId: answer.correlationId,
    engineUrl,
  };

  if (answer.status < 200 || answer.status >= 300) {
    // A 401 reaching here came after a fresh login; the engine sends no fault with it.
    const refused = "the engine refused a fresh session token too; check the user's access";
    throw new EngineError({
      ...failure,
      ...readEngineFault(answer.body, secrets),
      ...(answer.status === 401 ? { detail: refused } : {}),
    });
  }

  if (answer.body.trim() === "") {
    return undefined;
  }

  try {
    return JSON.parse(answer.body);
  } catch (cause) {
    throw new EngineError({
      ...failure,
      reason: "Unreadable answer",
      detail: "the body is not JSON",
      cause,
    });
  }
}
