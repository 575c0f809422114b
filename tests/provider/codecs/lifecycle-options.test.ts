import test from "ava";

import {
  checkForemanProviderInputs,
  foremanProviderToEngine,
} from "../../../provider/codecs/foreman-provider";
import { failuresOf, refusesEach } from "./check-table";

const valid = {
  name: "foreman1",
  url: "https://foreman.example.com",
  authentication: { username: "admin", password: "s3cret" },
};

const FINGERPRINT_REASON =
  "must be a SHA-256 fingerprint: 64 hex digits, optionally in colon-separated pairs (AB:CD:...)";
const HEX = "0123456789abcdef".repeat(4);
const PAIRS = HEX.toUpperCase().match(/../g)!.join(":");

function withFingerprint(sha256: unknown): Record<string, unknown> {
  return { ...valid, trustedCertificate: { sha256 } };
}

refusesEach("a resource", checkForemanProviderInputs, [
  {
    title: "a fingerprint one digit short",
    input: withFingerprint(HEX.slice(1)),
    failures: failuresOf(["trustedCertificate.sha256", FINGERPRINT_REASON]),
  },
  {
    title: "a fingerprint with a letter beyond f",
    input: withFingerprint(`${HEX.slice(1)}g`),
    failures: failuresOf(["trustedCertificate.sha256", FINGERPRINT_REASON]),
  },
  {
    title: "a fingerprint with colons in odd places",
    input: withFingerprint(`${HEX.slice(0, 3)}:${HEX.slice(3)}`),
    failures: failuresOf(["trustedCertificate.sha256", FINGERPRINT_REASON]),
  },
  {
    title: "a SHA-1 fingerprint",
    input: withFingerprint(HEX.slice(0, 40)),
    failures: failuresOf(["trustedCertificate.sha256", FINGERPRINT_REASON]),
  },
  {
    title: "a trusted certificate without a fingerprint",
    input: { ...valid, trustedCertificate: {} },
    failures: failuresOf(["trustedCertificate.sha256", "is required"]),
  },
  {
    title: "a trusted certificate given as the fingerprint itself",
    input: { ...valid, trustedCertificate: HEX },
    failures: failuresOf([
      "trustedCertificate",
      "must be an object with sha256, the certificate's SHA-256 fingerprint",
    ]),
  },
  {
    title: "a fingerprint under a SHA-1 name, listing what it takes",
    input: { ...valid, trustedCertificate: { sha1: HEX } },
    failures: failuresOf(
      ["trustedCertificate.sha256", "is required"],
      ["trustedCertificate.sha1", "is not an argument of trustedCertificate (it takes sha256)"],
    ),
  },
  {
    title: "an adoption flag given as a string",
    input: { ...valid, adoptExisting: "true" },
    failures: failuresOf(["adoptExisting", 'must be true or false (got "true")']),
  },
]);

test("fingerprints are carried as upper-case pairs whatever form they were given in", (t) => {
  for (const given of [HEX, HEX.toUpperCase(), PAIRS, PAIRS.toLowerCase()]) {
    const outcome = checkForemanProviderInputs(withFingerprint(given));

    t.deepEqual(outcome.ok && outcome.inputs.trustedCertificate, { sha256: PAIRS });
  }
});

test("lifecycle options stay out of the engine body", (t) => {
  const outcome = checkForemanProviderInputs({
    ...valid,
    adoptExisting: true,
    testConnectivity: false,
    trustPresentedCertificate: true,
  });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.deepEqual(Object.keys(foremanProviderToEngine(outcome.inputs)), [
    "name",
    "url",
    "requires_authentication",
    "username",
    "password",
  ]);
});
