import type { ApiReply } from "./api-request";
import type { EngineFault } from "./faults";
import { renderJson } from "./wire-json";
import { renderXml } from "./wire-xml";

export type OutputFormat = "json" | "xml";

export interface RenderedReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const CONTENT_TYPES: Record<OutputFormat, string> = {
  json: "application/json",
  xml: "application/xml;charset=UTF-8",
};

/**
 * The response format (engine-api.md §5.4): `?accept=` wins over the Accept header; XML is the
 * first type the engine produces, so it is also the answer when the client names neither or
 * accepts anything. As in JAX-RS, the client's ranges are taken by quality, then in the order
 * given, and the first one that JSON or XML satisfies decides; a range of quality 0 is refused.
 */
export function negotiateFormat(accept: string | undefined, acceptQuery?: string): OutputFormat {
  const ranges = mediaRanges(acceptQuery ?? accept ?? "");
  for (const range of ranges) {
    if (range.type === "application/json") return "json";
    if (["application/xml", "application/*", "*/*"].includes(range.type)) return "xml";
  }
  return "xml";
}

interface MediaRange {
  type: string;
  quality: number;
}

function mediaRanges(header: string): MediaRange[] {
  const ranges = header.split(",").map((part): MediaRange => {
    const [type = "", ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const qualityText = parameters.find((parameter) => parameter.startsWith("q="))?.slice(2);
    const quality = qualityText === undefined ? 1 : Number(qualityText);
    return { type, quality: Number.isFinite(quality) ? quality : 0 };
  });
  // Array.prototype.sort is stable, so ranges of equal quality keep the client's order.
  return ranges.filter((range) => range.quality > 0).sort((a, b) => b.quality - a.quality);
}

export function renderReply(reply: ApiReply, format: OutputFormat): RenderedReply {
  const headers = { ...reply.headers };
  if (reply.document === undefined) return { status: reply.status, headers, body: "" };
  headers["Content-Type"] = CONTENT_TYPES[format];
  const { rootTag, body } = reply.document;
  return {
    status: reply.status,
    headers,
    body: format === "json" ? renderJson(body) : renderXml(rootTag, body),
  };
}

export function renderFault(fault: EngineFault, format: OutputFormat): RenderedReply {
  const body = fault.body;
  switch (body.kind) {
    case "empty":
      return { status: fault.status, headers: { ...fault.headers }, body: "" };
    case "html":
      return {
        status: fault.status,
        headers: { ...fault.headers, "Content-Type": "text/html;charset=UTF-8" },
        body: errorPage(fault.status, body.title),
      };
    case "action":
      return renderReply(
        {
          status: fault.status,
          headers: fault.headers,
          document: { rootTag: "action", body: body.action },
        },
        format,
      );
    case "fault":
      return renderReply(
        {
          status: fault.status,
          headers: fault.headers,
          document: { rootTag: "fault", body: { detail: body.detail, reason: body.reason } },
        },
        format,
      );
  }
}

/** A servlet container's error page; its exact text is unconfirmed (engine-api.md §9). */
export function errorPage(status: number, title: string): string {
  return `<html><head><title>Error</title></head><body>${status} - ${title}</body></html>`;
}
