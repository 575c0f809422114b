/**
 * The `url` argument of each provider kind. Every kind wants an absolute http(s) URL; the
 * OpenStack kinds and the external network provider also need the port spelled out (the
 * Administration Guide's rule; the hint names the service's usual port), and Foreman needs a
 * fully qualified domain name rather than an IP address (also the guide's rule).
 */
import { isFullyQualifiedDomainName } from "./host-address";
import { mayQuoteUrl, readHttpUrl } from "./http-url";
import { accept, argumentCodec, refuse } from "./scalar-arguments";

export interface ProviderUrlRules {
  /** The kind as users know it, e.g. "OpenStack Image provider". */
  kindLabel: string;
  /** A complete, valid URL for messages, e.g. "https://glance.example.com:9292". */
  example: string;
  /** Whether the port must be written out. */
  requirePort: boolean;
  /** Whether the host must be a fully qualified domain name (Foreman). */
  requireDomainName?: boolean;
}

export function providerUrl(rules: ProviderUrlRules) {
  return argumentCodec<string>("provider URL", (value) => {
    if (typeof value !== "string") {
      return refuse(`must be a string, e.g. ${rules.example}`);
    }

    const quote = mayQuoteUrl(value);
    const reading = readHttpUrl(value, rules.example);
    if (!reading.ok) {
      return refuse(reading.reason, quote);
    }

    const { host, port } = reading.parts;
    if (rules.requirePort && port === undefined) {
      return refuse(`${rules.kindLabel} URLs need a port, e.g. ${rules.example}`, quote);
    }

    if (rules.requireDomainName === true && !isFullyQualifiedDomainName(host)) {
      return refuse(
        `${rules.kindLabel} URLs need the server's fully qualified domain name, not an IP address or a short name, e.g. ${rules.example}`,
        quote,
      );
    }

    return accept(value);
  });
}
