/**
 * Trusting a provider's TLS certificate, as the Administration Portal's "Test" button does.
 *
 * The engine fetches the chain the provider URL presents (`GET .../certificates`, server
 * certificate first, base64 DER) and imports the first certificate of an `importcertificates`
 * body into its external trust store. A pinned SHA-256 fingerprint picks the certificate to
 * import; without one, `trustPresentedCertificate` imports the top of the chain, which is what
 * an admin clicking OK in the portal's dialog accepts.
 */
import { createHash } from "node:crypto";

import type { EngineClient } from "./engine/engine-client";
import { readList } from "./engine/wire-format";
import type { Logger } from "./logger";

export interface PresentedCertificate {
  /** Base64 DER, exactly as the engine sent it; sent back unchanged on import. */
  content: string;
  subject: string;
  /** Lower-case hex SHA-256 of the DER bytes. */
  sha256: string;
}

export interface CertificateTrust {
  trustedCertificate?: { sha256: string };
  trustPresentedCertificate?: boolean;
}

/** A fingerprint in one spelling: lower-case hex without colons or spaces. */
export function normaliseFingerprint(fingerprint: string): string {
  return fingerprint.replace(/[:\s]/g, "").toLowerCase();
}

/** The certificates the provider URL presents, as the engine sees them. */
export async function listPresentedCertificates(
  client: EngineClient,
  providerPath: string,
): Promise<PresentedCertificate[]> {
  const answer = await client.get(`${providerPath}/certificates`);

  return readList(answer, "certificate").flatMap((entry) => {
    const { content, subject } = (entry ?? {}) as { content?: unknown; subject?: unknown };
    if (typeof content !== "string") {
      return [];
    }

    const sha256 = createHash("sha256").update(Buffer.from(content, "base64")).digest("hex");
    return [{ content, subject: typeof subject === "string" ? subject : "(no subject)", sha256 }];
  });
}

function describeFound(certificates: readonly PresentedCertificate[]): string {
  if (certificates.length === 0) {
    return "the engine could not fetch any certificate from the provider URL";
  }

  return `the provider presents ${certificates
    .map((certificate) => `${certificate.sha256} (${certificate.subject})`)
    .join(", ")}`;
}

/** Imports the certificate the resource asks to trust; does nothing when it asks for none. */
export async function trustProviderCertificate(
  client: EngineClient,
  providerPath: string,
  trust: CertificateTrust,
  logger: Logger,
): Promise<void> {
  if (trust.trustedCertificate === undefined && trust.trustPresentedCertificate !== true) {
    return;
  }

  const presented = await listPresentedCertificates(client, providerPath);
  let chosen: PresentedCertificate | undefined;

  if (trust.trustedCertificate !== undefined) {
    const pinned = normaliseFingerprint(trust.trustedCertificate.sha256);
    chosen = presented.find((certificate) => certificate.sha256 === pinned);
    if (chosen === undefined) {
      throw new Error(
        `trustedCertificate: no certificate with SHA-256 fingerprint ${pinned}; ${describeFound(presented)}`,
      );
    }
  } else {
    chosen = presented[presented.length - 1];
    if (chosen === undefined) {
      throw new Error(`trustPresentedCertificate: ${describeFound(presented)}`);
    }
    logger.warn(
      `trusting the certificate the provider presents without a pinned fingerprint: ` +
        `${chosen.subject}, SHA-256 ${chosen.sha256}; pin it with trustedCertificate.sha256`,
    );
  }

  await client.post(`${providerPath}/importcertificates`, {
    certificates: { certificate: [{ content: chosen.content }] },
  });
}
