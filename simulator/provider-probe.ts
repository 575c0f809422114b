import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { EngineContext } from "./engine-context";
import type { StoredProvider } from "./engine-state";
import {
  PROVIDER_TIMEOUT_MS,
  configuredHost,
  isConfiguredReachable,
  isLoopback,
  isTrusted,
  presentedChain,
} from "./certificate-chain";

export type ProbeOutcome = "ok" | "unreachable" | "ssl" | "authentication";

/** The path each provider type's proxy requests to test the connection (validation-rules.md §3.4). */
const TEST_PATHS: Record<StoredProvider["kind"], string> = {
  FOREMAN: "/api/v2",
  OPENSTACK_IMAGE: "/v2/images",
  OPENSTACK_NETWORK: "/v2.0/",
  EXTERNAL_NETWORK: "/v2.0/",
  OPENSTACK_VOLUME: "/v2/",
};

/**
 * What the engine's test of a stored provider would find. An unmanaged provider has a no-op
 * proxy. A loopback URL is really requested; other hosts are reachable only when configured
 * (this simulator makes no outside connections). An https provider must present a chain the
 * engine trusts (imported through importcertificates), else it is an SSL problem.
 */
export async function probeProvider(
  provider: StoredProvider,
  context: EngineContext,
): Promise<ProbeOutcome> {
  if (provider.kind === "EXTERNAL_NETWORK" && provider.unmanaged === true) return "ok";
  let url: URL;
  try {
    url = new URL(provider.url ?? "");
  } catch {
    return "unreachable";
  }
  const host = url.hostname;
  if (!isLoopback(host) && !isConfiguredReachable(host, context)) return "unreachable";
  if (url.protocol === "https:") {
    const chain = await presentedChain(provider.url, context);
    if (chain.length === 0) return "unreachable";
    if (!isTrusted(chain, context.store.state.trustedCertificates)) return "ssl";
  } else if (url.protocol !== "http:") {
    return "unreachable";
  }
  if (!isLoopback(host)) return acceptsCredentials(provider, configuredHost(host, context));
  const testUrl = new URL(TEST_PATHS[provider.kind].slice(1), withSlash(url));
  const status = await requestStatus(testUrl, provider);
  if (status === undefined) return "unreachable";
  if (status === 401 || status === 403) return "authentication";
  return status < 400 ? "ok" : "unreachable";
}

// A configured host with credentials accepts only those, sent as the proxy sends them.
function acceptsCredentials(
  provider: StoredProvider,
  configured: { username?: string; password?: string } | undefined,
): ProbeOutcome {
  if (configured?.username === undefined && configured?.password === undefined) return "ok";
  const sent = provider.username !== undefined && provider.password !== undefined;
  const matches =
    sent && provider.username === configured.username && provider.password === configured.password;
  return matches ? "ok" : "authentication";
}

function withSlash(url: URL): string {
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

// The proxy sends Basic credentials when both username and password are set.
function requestStatus(url: URL, provider: StoredProvider): Promise<number | undefined> {
  const headers: Record<string, string> = {};
  if (provider.username !== undefined && provider.password !== undefined) {
    const login = Buffer.from(`${provider.username}:${provider.password}`).toString("base64");
    headers.Authorization = `Basic ${login}`;
  }
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const outgoing = send(
      url,
      {
        method: "GET",
        headers,
        timeout: PROVIDER_TIMEOUT_MS,
        rejectUnauthorized: false,
        agent: false,
      },
      (response) => {
        response.resume();
        resolve(response.statusCode);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy());
    outgoing.on("error", () => resolve(undefined));
    outgoing.end();
  });
}
