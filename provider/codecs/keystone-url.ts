/**
 * The Keystone (OpenStack Identity) URL, wherever a kind takes one. The engine refuses any
 * authentication URL that does not match `^http(s)?://[^/]*:[\d]+/(v3|v2\.0)/?$`: the port must
 * be written out and the path must be exactly the API version, /v2.0 or /v3.
 */
import { mayQuoteUrl, readHttpUrl } from "./http-url";
import { accept, argumentCodec, refuse } from "./scalar-arguments";

const EXAMPLE = "https://keystone.example.com:35357/v3";

/** The engine's own check, applied last so nothing it refuses can slip through. */
const engineAuthUrlPattern = /^http(s)?:\/\/[^/]*:[\d]+\/(v3|v2\.0)\/?$/;

/** The Keystone API version a valid Keystone URL names. */
export function keystoneVersion(url: string): "v2.0" | "v3" | undefined {
  const match = /\/(v2\.0|v3)\/?$/.exec(url);
  return match === null ? undefined : (match[1] as "v2.0" | "v3");
}

export const KeystoneUrl = argumentCodec<string>("Keystone URL", (value) => {
  if (typeof value !== "string") {
    return refuse(`must be a string, e.g. ${EXAMPLE}`);
  }

  const quote = mayQuoteUrl(value);
  const reading = readHttpUrl(value, EXAMPLE);
  if (!reading.ok) {
    return refuse(reading.reason, quote);
  }

  if (reading.parts.port === undefined) {
    return refuse(
      `Keystone URLs need a port, e.g. ${EXAMPLE} (35357 is Keystone's usual admin port, 5000 its public one)`,
      quote,
    );
  }

  if (!/^\/(v2\.0|v3)\/?$/.test(reading.parts.path)) {
    return refuse(`must end in the Keystone API version, /v2.0 or /v3, e.g. ${EXAMPLE}`, quote);
  }

  return engineAuthUrlPattern.test(value)
    ? accept(value)
    : refuse(`must look like ${EXAMPLE} or http://keystone.example.com:35357/v2.0`, quote);
});
