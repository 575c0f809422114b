import type { IncomingHttpHeaders } from "node:http";
import { apiRoot } from "./api-root";
import type { ApiReply, ApiRequest } from "./api-request";
import { authenticate } from "./auth";
import type { Credentials } from "./credentials";
import type { EngineContext } from "./engine-context";
import { EngineFault, containerError, notFound, syntacticallyIncorrect } from "./faults";
import { providerCollections } from "./provider-collections";
import { registerRoutes } from "./routes";
import type { OutputFormat, RenderedReply } from "./reply-rendering";
import { negotiateFormat, renderFault, renderReply } from "./reply-rendering";
import { ApiRouter } from "./router";
import type { SessionRegistry } from "./sessions";
import type { InputObject } from "./wire-input";
import { parseXml } from "./wire-xml";

export interface RawApiRequest {
  method: string;
  /** Path after `/ovirt-engine/api`, e.g. `/v4/openstacknetworkproviders/abc`. */
  apiPath: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  bodyText: string;
  origin: string;
}

/**
 * Everything under /ovirt-engine/api: the Version check, authentication, body parsing,
 * routing, and rendering of answers and faults in the negotiated format.
 */
export class ApiService {
  private readonly router = new ApiRouter();

  constructor(
    private readonly context: EngineContext,
    private readonly credentials: Credentials,
    private readonly sessions: SessionRegistry,
    private readonly instanceId: string,
  ) {
    registerRoutes(this.router, context);
  }

  async handle(raw: RawApiRequest): Promise<RenderedReply> {
    const format = negotiateFormat(headerValue(raw.headers.accept), raw.query.accept);
    const extraHeaders: Record<string, string> = {};
    try {
      const reply = await this.answer(raw, extraHeaders);
      const rendered = renderReply(reply, format);
      return { ...rendered, headers: { ...extraHeaders, ...rendered.headers } };
    } catch (error) {
      return this.renderError(error, format);
    } finally {
      this.context.store.flush();
    }
  }

  private async answer(
    raw: RawApiRequest,
    extraHeaders: Record<string, string>,
  ): Promise<ApiReply> {
    let segments = raw.apiPath.split("/").filter(Boolean).map(decodeURIComponent);
    let base = "/ovirt-engine/api";
    if (segments[0] === "v4") {
      segments = segments.slice(1);
      base = "/ovirt-engine/api/v4";
    }
    const version = headerValue(raw.headers.version);
    if (version !== undefined && version.trim() !== "4") {
      throw new EngineFault(400, { kind: "html", title: `Version "${version}" is not supported` });
    }
    const who = authenticate(raw.headers, this.credentials, this.sessions);
    if (who.setCookie !== undefined) extraHeaders["Set-Cookie"] = who.setCookie;
    // Since 4.5.0 every Cinder call throws UnsupportedOperationException, which no exception
    // mapper handles: the container's error page with status 500 (engine-api.md §3.5).
    if (this.context.version === "4.5" && segments[0] === "openstackvolumeproviders") {
      throw containerError("Cinder integration replaced by Managed Block Storage");
    }
    const request: ApiRequest = {
      method: raw.method,
      segments,
      query: raw.query,
      headers: raw.headers,
      base,
      origin: raw.origin,
      ...parseBody(raw, segments),
    };
    if (segments.length === 0 && raw.method === "GET") {
      return apiRoot(request, this.context.version, this.instanceId);
    }
    const match = this.router.resolve(raw.method, segments);
    if (match.kind === "not-found") throw notFound();
    if (match.kind === "method-not-allowed") return { status: 405 };
    return match.handler(request, match.params);
  }

  private renderError(error: unknown, format: OutputFormat): RenderedReply {
    if (error instanceof EngineFault) return renderFault(error, format);
    // An exception without a mapper in the engine: 500 with the exception text as detail.
    const detail = error instanceof Error ? error.message : String(error);
    return renderFault(
      new EngineFault(500, { kind: "fault", reason: "Operation Failed", detail }),
      format,
    );
  }
}

function parseBody(raw: RawApiRequest, segments: readonly string[]): Pick<ApiRequest, "body"> {
  if (raw.bodyText.trim() === "") return {};
  const contentType = (headerValue(raw.headers["content-type"]) ?? "").toLowerCase();
  const mediaType = contentType.split(";")[0].trim();
  // The API consumes only JSON and XML (engine-api.md §5.4); RESTEasy answers any other declared
  // type with 415 before a resource runs. Unconfirmed: what the engine does with no Content-Type
  // at all; the simulator then reads the body as XML when it starts with "<", else as JSON.
  if (mediaType !== "" && !isConsumedMediaType(mediaType)) {
    throw new EngineFault(415, { kind: "empty" });
  }
  const looksXml =
    mediaType === "application/xml" ||
    (mediaType === "" && raw.bodyText.trimStart().startsWith("<"));
  const service = serviceOf(segments);
  const syntaxError = () =>
    syntacticallyIncorrect(service, raw.method === "PUT" ? "update" : "add", raw.origin);
  if (looksXml) {
    const parsed = parseXml(raw.bodyText);
    if (parsed === undefined) throw syntaxError();
    return { body: { format: "xml", rootTag: parsed.rootTag, value: parsed.body } };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.bodyText);
  } catch {
    throw syntaxError();
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw syntaxError();
  return { body: { format: "json", value: value as InputObject } };
}

function isConsumedMediaType(mediaType: string): boolean {
  return mediaType === "application/json" || mediaType === "application/xml";
}

/** The apidoc service a path belongs to, for the link in syntax faults. */
function serviceOf(segments: readonly string[]): string {
  const collection = providerCollections.find((candidate) => candidate.path === segments[0]);
  if (collection === undefined) return segments[0] ?? "system";
  return segments.length <= 2 ? collection.service : (segments[segments.length - 1] ?? "system");
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
