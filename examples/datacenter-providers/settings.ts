import * as pulumi from "@pulumi/pulumi";

/**
 * Everything this environment reads from stack configuration, in one place. The engine
 * connection itself (ovirt:url, ovirt:username, ovirt:password, ovirt:caFile) is read by the
 * providers, not here.
 */
const config = new pulumi.Config();
const domain = config.get("domain") ?? "example.com";

export const settings = {
  /** The oVirt data center the Cinder volumes attach to. */
  dataCenter: config.get("dataCenter") ?? "Default",
  foreman: {
    url: `https://foreman.${domain}`,
    username: config.get("foremanUsername") ?? "admin",
    password: config.requireSecret("foremanPassword"),
  },
  keystone: {
    url: `https://keystone.${domain}:35357/v2.0`,
    tenant: config.get("openstackTenant") ?? "services",
  },
  glance: {
    url: `https://glance.${domain}:9292`,
    password: config.requireSecret("glancePassword"),
  },
  neutron: {
    url: `https://neutron.${domain}:9696`,
    password: config.requireSecret("neutronPassword"),
    rabbitHost: `rabbit.${domain}`,
    rabbitPassword: config.requireSecret("rabbitPassword"),
  },
  cinder: {
    url: `https://cinder.${domain}:8776`,
    password: config.requireSecret("cinderPassword"),
    cephKeyUuid: config.get("cephKeyUuid") ?? "5a6b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d",
    cephKey: config.requireSecret("cephKey"),
  },
  ovn: {
    url: `https://ovn.${domain}:9696`,
    keystoneUrl: `https://ovn.${domain}:35357/v2.0`,
    password: config.requireSecret("ovnPassword"),
    /** SHA-256 of the OVN provider's certificate; without it the presented one is trusted. */
    certificateSha256: config.get("ovnCertificateSha256"),
  },
};
