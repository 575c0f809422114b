import type { WireObject } from "./wire-value";

/**
 * A failure the simulated engine answers with. Handlers throw it; the server renders it in the
 * format the client asked for. `body` selects the shape the real engine uses for that case:
 * a fault (`{"reason","detail"}`), nothing at all (404 on unknown ids), or a servlet HTML page
 * (401, Cinder on 4.5, unsupported Version), see engine-api.md §5.2.
 */
export class EngineFault extends Error {
  override name = "EngineFault";
  constructor(
    readonly status: number,
    readonly body:
      | { kind: "fault"; reason: string; detail?: string }
      | { kind: "empty" }
      | { kind: "html"; title: string }
      | { kind: "action"; action: WireObject },
    readonly headers: Record<string, string> = {},
  ) {
    super(body.kind === "fault" ? `${status} ${body.reason}: ${body.detail ?? ""}` : `${status}`);
  }
}

/** 404 with an empty body: unknown or malformed id (the engine never sends a fault here). */
export function notFound(): EngineFault {
  return new EngineFault(404, { kind: "empty" });
}

/** Backend validation or execution failure: "Operation Failed" with the bracketed message list. */
export function operationFailed(status: number, messages: readonly string[]): EngineFault {
  return new EngineFault(status, {
    kind: "fault",
    reason: "Operation Failed",
    detail: `[${messages.join(", ")}]`,
  });
}

/** The model-generated helper's check of mandatory parameters. */
export function inputValidationFailed(detail: string): EngineFault {
  return new EngineFault(400, { kind: "fault", reason: "Input validation failed.", detail });
}

export function mandatoryParameterMissing(parameter: string): EngineFault {
  return inputValidationFailed(`Parameter '${parameter}' is mandatory but was not provided.`);
}

export function mandatoryAlternativesMissing(first: string, second: string): EngineFault {
  // The wording for alternatives is marked approximate in engine-api.md §5.2.
  return inputValidationFailed(
    `Parameters '${first}' or '${second}' are mandatory but both were not provided.`,
  );
}

/** The resource's own completeness check: `<JavaClass> [<fields>] required for <method>`. */
export function incompleteParameters(
  javaClass: string,
  fields: readonly string[],
  method: string,
): EngineFault {
  return new EngineFault(400, {
    kind: "fault",
    reason: "Incomplete parameters",
    detail: `${javaClass} [${fields.join(", ")}] required for ${method}`,
  });
}

/** Malformed body, unknown field or wrong structure; the detail points at the API docs. */
export function syntacticallyIncorrect(
  service: string,
  method: string,
  origin: string,
): EngineFault {
  return new EngineFault(400, {
    kind: "fault",
    reason: "Request syntactically incorrect.",
    detail: `For correct usage, see: ${origin}/ovirt-engine/apidoc#services/${service}/methods/${method}`,
  });
}

/** A bad boolean, integer or enum value in XML input (Jackson reports these as syntax errors). */
export function invalidValue(detail: string): EngineFault {
  return new EngineFault(400, { kind: "fault", reason: "Invalid value", detail });
}

/** The authentication filter's answer: a servlet error page, not a fault. */
export function notAuthenticated(): EngineFault {
  return new EngineFault(
    401,
    { kind: "html", title: "Unauthorized" },
    { "WWW-Authenticate": 'Basic realm="RESTAPI"' },
  );
}

/** An unexpected exception inside the engine with no exception mapper: the container's page. */
export function containerError(title: string): EngineFault {
  return new EngineFault(500, { kind: "html", title });
}
