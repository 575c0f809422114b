import type { ApiRequest } from "./api-request";
import type { InputObject } from "./wire-input";
import { InputReader } from "./wire-input";

/**
 * The request body with a reader that reports mistakes as the given service method would.
 * In XML the root element must be the expected tag; in JSON the body is the bare object.
 * Returns undefined when no body was sent, so callers can apply their own mandatory check.
 */
export function readBody(
  request: ApiRequest,
  service: string,
  method: string,
  rootTag: string,
): { reader: InputReader; value: InputObject } | undefined {
  const body = request.body;
  const reader = new InputReader(body?.format ?? "json", service, method, request.origin);
  if (body === undefined) return undefined;
  if (body.format === "xml" && body.rootTag !== rootTag) throw reader.syntaxError();
  return { reader, value: body.value };
}

/** An action's body (`{}` or `<action/>`); a missing body counts as an empty action. */
export function readActionBody(
  request: ApiRequest,
  service: string,
  method: string,
): { reader: InputReader; value: InputObject } {
  return (
    readBody(request, service, method, "action") ?? {
      reader: new InputReader("json", service, method, request.origin),
      value: {},
    }
  );
}
