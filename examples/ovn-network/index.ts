/**
 * A software-defined network layout on OVN: the ovirt-provider-ovn external network provider,
 * kept in sync by the engine, and the OVN networks imported into a data center so that VMs can
 * be attached to them.
 */
import * as pulumi from "@pulumi/pulumi";
import * as ovirt from "pulumi-ovirt-external-providers";

const config = new pulumi.Config();
const ovnHost = config.get("ovnHost") ?? "ovn.example.com";
const dataCenter = config.get("dataCenter") ?? "Default";
// The names are those the package's simulator serves for OVN; list your own OVN networks here.
const networks = config.getObject<string[]>("networks") ?? ["provider-net-1", "provider-net-2"];

const ovn = new ovirt.ExternalNetworkProvider("ovirt-provider-ovn", {
  description: "oVirt network provider for OVN",
  url: `https://${ovnHost}:9696`,
  pluginType: "OVIRT_PROVIDER_OVN",
  // Let oVirt users create networks on OVN, and let the engine import new ones every 5 minutes.
  readOnly: false,
  autoSync: true,
  authentication: {
    username: "admin@internal",
    password: config.requireSecret("ovnPassword"),
    keystoneUrl: `https://${ovnHost}:35357/v2.0`,
    tenantName: "ovirt",
  },
  // The engine lists OVN's networks over TLS, so it must trust OVN's certificate: pinned when
  // its fingerprint is configured, otherwise the one OVN presents (a warning shows it).
  ...(config.get("ovnCertificateSha256") === undefined
    ? { trustPresentedCertificate: true }
    : { trustedCertificate: { sha256: config.require("ovnCertificateSha256") } }),
});

// Auto-sync would bring these in within five minutes; importing them here makes them part of
// the stack at once, with ids other resources can use.
const imported = networks.map(
  (networkName) =>
    new ovirt.ImportedNetwork(networkName, {
      providerId: ovn.providerId,
      networkName,
      dataCenter,
    }),
);

export const ovnProviderId = ovn.providerId;
export const networkIds = Object.fromEntries(
  imported.map((network, index) => [networks[index], network.networkId]),
);
