/**
 * Host provisioning: a Foreman instance per site, each trusted by the engine and tested after
 * every change, so that new hosts can be picked from Foreman when they are added to oVirt. A site
 * whose hosts belong to another oVirt engine names that engine in `siteEngines`.
 */
import * as pulumi from "@pulumi/pulumi";
import * as ovirt from "pulumi-ovirt-external-providers";

const config = new pulumi.Config();
const sites = config.getObject<string[]>("sites") ?? ["lab", "production"];
const username = config.get("foremanUsername") ?? "ovirt-provisioner";
const password = config.requireSecret("foremanPassword");
// Sites managed by another oVirt engine than the stack's: site name -> engine connection.
const siteEngines =
  config.getSecretObject<Record<string, ovirt.EngineConnectionArgs>>("siteEngines");

const foremen = sites.map(
  (site) =>
    new ovirt.ForemanProvider(`foreman-${site}`, {
      description: `Host provisioning for ${site}`,
      // The Administration Guide asks for a fully qualified domain name, not an IP address.
      url: `https://foreman.${site}.example.com`,
      authentication: { username, password },
      // The engine imports the certificate Foreman presents and then tests the login, as the
      // portal's Test button does; pin `trustedCertificate.sha256` once you know it.
      trustPresentedCertificate: true,
      testConnectivity: config.getBoolean("testConnectivity") ?? true,
      // Moving a site to another engine replaces its provider there (deleted here first, as the
      // name stays the same).
      connection: siteEngines?.apply((engines) => engines[site]) as
        pulumi.Output<ovirt.EngineConnectionArgs> | undefined,
    }),
);

export const foremanIds = Object.fromEntries(
  foremen.map((foreman, index) => [sites[index], foreman.providerId]),
);
