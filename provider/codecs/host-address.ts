/**
 * Host names and IP addresses, as the Administration Portal accepts them for VMware's vCenter
 * and ESXi and for the Neutron message broker: a DNS name, an IPv4 address or an IPv6 address,
 * at most 255 characters.
 */
import { isIPv4, isIPv6 } from "node:net";

import { accept, argumentCodec, refuse } from "./scalar-arguments";

export const HOST_ADDRESS_MAX_LENGTH = 255;

const hostLabel = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?$/;

/** True for a DNS host name: dot-separated labels of letters, digits, "-" and "_". */
export function isHostName(text: string): boolean {
  const labels = text.endsWith(".") ? text.slice(0, -1).split(".") : text.split(".");
  const lastLabel = labels[labels.length - 1];

  return labels.every((label) => hostLabel.test(label)) && !/^\d+$/.test(lastLabel);
}

/** True for a fully qualified domain name: a host name with at least two labels, not an IP. */
export function isFullyQualifiedDomainName(text: string): boolean {
  return isHostName(text) && text.replace(/\.$/, "").includes(".");
}

export function isIpAddress(text: string): boolean {
  return isIPv4(text) || isIPv6(text);
}

export function isHostAddress(text: string): boolean {
  return isHostName(text) || isIpAddress(text);
}

export const HostAddress = argumentCodec<string>("host address", (value) => {
  if (typeof value !== "string") {
    return refuse("must be a string: a host name or an IP address");
  }

  if (value.length === 0 || value.length > HOST_ADDRESS_MAX_LENGTH) {
    return refuse(
      `must be a host name or an IP address of 1 to ${HOST_ADDRESS_MAX_LENGTH} characters`,
      false,
    );
  }

  return isHostAddress(value)
    ? accept(value)
    : refuse("must be a host name, an IPv4 address or an IPv6 address, e.g. vcenter.example.com");
});
