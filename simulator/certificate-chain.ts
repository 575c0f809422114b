import { connect } from "node:tls";
import forge from "node-forge";
import type { EngineContext } from "./engine-context";
import { issueLeaf, selfSignedAuthority } from "./tls-authority";

/** A certificate as the engine lists it: base64 DER on one line and the subject DN. */
export interface ChainCertificate {
  content: string;
  subject: string;
}

/** How long the engine waits for a provider (generous: test machines can be loaded). */
export const PROVIDER_TIMEOUT_MS = 15_000;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase());
}

/** The reachable-host entry for `host` (an exact one before "*"), if any. */
export function configuredHost(
  host: string,
  context: EngineContext,
): { host: string; username?: string; password?: string } | undefined {
  const entries = context.reachableHosts.map((entry) =>
    typeof entry === "string" ? { host: entry } : entry,
  );
  const lower = host.toLowerCase();
  return (
    entries.find((entry) => entry.host.toLowerCase() === lower) ??
    entries.find((entry) => entry.host === "*")
  );
}

export function isConfiguredReachable(host: string, context: EngineContext): boolean {
  return configuredHost(host, context) !== undefined;
}

/**
 * The chain a provider URL presents, server certificate first, as base64 DER. A loopback TLS
 * endpoint is really contacted. Any other host is taken to exist and presents a generated
 * chain (its own root and a leaf), created once and kept in the state so it stays the same;
 * the simulator cannot reach it, and making it list nothing would leave no way to exercise
 * the engine's certificate flow. Hosts under `.invalid` (reserved, RFC 2606) and URLs that are
 * not https present nothing, as an unreachable provider does on the engine.
 */
export async function presentedChain(
  url: string | undefined,
  context: EngineContext,
): Promise<string[]> {
  const target = httpsTarget(url);
  if (target === undefined) return [];
  if (isLoopback(target.host)) return fetchChain(target.host, target.port).catch(() => []);
  if (/(^|\.)invalid\.?$/i.test(target.host)) return [];
  const host = target.host.toLowerCase();
  const known = context.store.state.generatedChains[host];
  if (known !== undefined) return known;
  const chain = generateChain(host);
  context.store.change((state) => (state.generatedChains[host] = chain));
  return chain;
}

function httpsTarget(url: string | undefined): { host: string; port: number } | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:") return undefined;
    return { host: parsed.hostname, port: Number(parsed.port || 443) };
  } catch {
    return undefined;
  }
}

function fetchChain(host: string, port: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: host.replace(/^\[|\]$/g, ""),
      port,
      rejectUnauthorized: false,
      servername: host === "127.0.0.1" || host.includes(":") ? undefined : host,
    });
    socket.setTimeout(PROVIDER_TIMEOUT_MS, () => socket.destroy(new Error("timed out")));
    socket.once("error", reject);
    socket.once("secureConnect", () => {
      const chain: string[] = [];
      let current = socket.getPeerCertificate(true);
      const seen = new Set<string>();
      while (current?.raw !== undefined && !seen.has(current.fingerprint256)) {
        seen.add(current.fingerprint256);
        chain.push(current.raw.toString("base64"));
        current = current.issuerCertificate;
      }
      socket.end();
      resolve(chain);
    });
  });
}

function generateChain(host: string): string[] {
  const root = selfSignedAuthority(`${host} Root CA`);
  const rootCertificate = forge.pki.certificateFromPem(root.certificatePem);
  const leaf = issueLeaf(host, rootCertificate, root.privateKeyPem, [
    /^[\d.]+$/.test(host) ? { type: 7, ip: host } : { type: 2, value: host },
  ]);
  return [leaf.certificatePem, root.certificatePem].map(pemToBase64Der);
}

function pemToBase64Der(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "");
}

/** Parses base64 DER, or undefined when it is not a certificate. */
export function parseCertificate(base64Der: string): forge.pki.Certificate | undefined {
  // Java's basic Base64 decoder rejects anything outside the alphabet, PEM armour included.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64Der)) return undefined;
  try {
    const der = forge.util.decode64(base64Der);
    return forge.pki.certificateFromAsn1(forge.asn1.fromDer(der));
  } catch {
    return undefined;
  }
}

/** The subject as Java's X500Principal.toString() writes it: most specific part first. */
export function subjectOf(base64Der: string): string {
  const certificate = parseCertificate(base64Der);
  if (certificate === undefined) return "";
  return [...certificate.subject.attributes]
    .reverse()
    .map(
      (attribute) =>
        `${attribute.shortName ?? attribute.name ?? attribute.type}=${String(attribute.value)}`,
    )
    .join(", ");
}

/**
 * Whether the engine trusts a chain: one of its certificates, or the issuer of its last one,
 * was imported. The engine checks providers against its own external trust store only.
 */
export function isTrusted(chain: readonly string[], trusted: readonly string[]): boolean {
  if (chain.some((certificate) => trusted.includes(certificate))) return true;
  const last = chain.length === 0 ? undefined : parseCertificate(chain[chain.length - 1] as string);
  if (last === undefined) return false;
  return trusted.some((candidate) => {
    const issuer = parseCertificate(candidate);
    try {
      return issuer !== undefined && issuer.verify(last);
    } catch {
      return false;
    }
  });
}
