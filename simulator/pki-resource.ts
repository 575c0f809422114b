import type { RenderedReply } from "./reply-rendering";
import { errorPage } from "./reply-rendering";

// GET /ovirt-engine/services/pki-resource?resource=ca-certificate&format=X509-PEM-CA
export function pkiResource(url: URL, caPem: string): RenderedReply {
  const resource = url.searchParams.get("resource");
  const format = url.searchParams.get("format");
  if (resource !== "ca-certificate" || (format !== null && format !== "X509-PEM-CA")) {
    return {
      status: 400,
      headers: { "Content-Type": "text/html" },
      body: errorPage(400, "Bad Request"),
    };
  }
  return { status: 200, headers: { "Content-Type": "application/x-x509-ca-cert" }, body: caPem };
}
