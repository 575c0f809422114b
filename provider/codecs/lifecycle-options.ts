/**
 * Options that steer what the resource provider does around the engine's add and update, and
 * that are never sent to the engine: adopting an existing provider, testing connectivity, and
 * trusting the provider's TLS certificate (pinned by SHA-256 fingerprint, or whatever the
 * provider presents, as the Administration Portal's OK button does).
 */
import { isGiven } from "./given-arguments";
import { accept, argumentCodec, booleanArgument, refuse } from "./scalar-arguments";
import type { ObjectRule } from "./strict-object";
import { strictObject } from "./strict-object";
import { isUnknownValue } from "./unknown-value";

/**
 * A SHA-256 fingerprint, as 64 hex digits, plain or in colon-separated pairs, in either case.
 * Checked inputs carry it as upper-case pairs ("AB:CD:..."), the form `openssl x509
 * -fingerprint -sha256` and the Administration Portal print.
 */
export const Sha256Fingerprint = argumentCodec<string>("SHA-256 fingerprint", (value) => {
  const plain = typeof value === "string" && /^[0-9A-Fa-f]{64}$/.test(value);
  const paired = typeof value === "string" && /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){31}$/.test(value);
  if (!plain && !paired) {
    return refuse(
      "must be a SHA-256 fingerprint: 64 hex digits, optionally in colon-separated pairs (AB:CD:...)",
      false,
    );
  }

  const digits = (value as string).replace(/:/g, "").toUpperCase();
  return accept(digits.match(/../g)!.join(":"));
});

export const TrustedCertificate = strictObject({
  label: "trustedCertificate",
  expectation: "must be an object with sha256, the certificate's SHA-256 fingerprint",
  required: { sha256: Sha256Fingerprint },
  optional: {},
});

/** Lifecycle options for the kinds the engine keeps as REST objects. */
export const lifecycleOptions = {
  adoptExisting: booleanArgument,
  testConnectivity: booleanArgument,
  trustedCertificate: TrustedCertificate,
  trustPresentedCertificate: booleanArgument,
};

/** The names, for kinds that refuse them. */
export const lifecycleOptionNames = Object.keys(lifecycleOptions);

/**
 * Certificates come into play only for https URLs, and pinning one certificate while trusting
 * whatever is presented contradicts itself.
 */
export const certificateOptionsAgree: ObjectRule = (input) => {
  const pinned = isGiven(input, "trustedCertificate");
  const trustAny = input.trustPresentedCertificate === true;

  if (pinned && trustAny) {
    return [
      {
        path: ["trustPresentedCertificate"],
        message:
          "cannot be combined with trustedCertificate: pin one certificate or trust the presented one, not both",
      },
    ];
  }

  const url = input.url;
  const plainHttp = typeof url === "string" && !isUnknownValue(url) && url.startsWith("http://");
  if (plainHttp && (pinned || trustAny)) {
    return [
      {
        path: [pinned ? "trustedCertificate" : "trustPresentedCertificate"],
        message: "only applies to https URLs, but url starts with http://",
      },
    ];
  }

  return [];
};
