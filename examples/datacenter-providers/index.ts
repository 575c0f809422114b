/**
 * One data center's complete set of oVirt external providers, as an admin would add them in the
 * "Add Provider" window: Foreman for hosts, Glance for images, Neutron with its agent
 * configuration, Cinder with a Ceph key, and ovirt-provider-ovn for software-defined networks.
 */
import * as ovirt from "pulumi-ovirt-external-providers";

import { settings } from "./settings";

const foreman = new ovirt.ForemanProvider("foreman", {
  description: "Host provisioning",
  url: settings.foreman.url,
  authentication: { username: settings.foreman.username, password: settings.foreman.password },
});

const glance = new ovirt.OpenStackImageProvider("glance", {
  description: "Image catalog",
  url: settings.glance.url,
  authentication: {
    username: "glance",
    password: settings.glance.password,
    keystoneUrl: settings.keystone.url,
    tenantName: settings.keystone.tenant,
  },
});

const neutron = new ovirt.OpenStackNetworkProvider("neutron", {
  description: "OpenStack networks",
  url: settings.neutron.url,
  authentication: {
    username: "neutron",
    password: settings.neutron.password,
    keystoneUrl: settings.keystone.url,
    tenantName: settings.keystone.tenant,
  },
  agentConfiguration: {
    interfaceMappings: ["physnet1:eth1", "physnet2:eth2"],
    brokerType: "rabbitMq",
    host: settings.neutron.rabbitHost,
    port: 5672,
    username: "neutron",
    password: settings.neutron.rabbitPassword,
  },
});

const cinder = new ovirt.OpenStackVolumeProvider("cinder", {
  description: "Ceph-backed volumes",
  url: settings.cinder.url,
  dataCenter: settings.dataCenter,
  authentication: {
    username: "cinder",
    password: settings.cinder.password,
    keystoneUrl: settings.keystone.url,
    tenantName: settings.keystone.tenant,
  },
  authenticationKeys: [
    {
      uuid: settings.cinder.cephKeyUuid,
      value: settings.cinder.cephKey,
      description: "client.cinder",
    },
  ],
  forceRemove: true,
});

const ovn = new ovirt.ExternalNetworkProvider("ovirt-provider-ovn", {
  description: "oVirt network provider for OVN",
  url: settings.ovn.url,
  pluginType: "OVIRT_PROVIDER_OVN",
  readOnly: false,
  autoSync: true,
  authentication: {
    username: "admin@internal",
    password: settings.ovn.password,
    keystoneUrl: settings.ovn.keystoneUrl,
    tenantName: "ovirt",
  },
  // Pin the certificate when its fingerprint is known; otherwise trust what OVN presents, as
  // the Administration Portal's OK button would (a warning shows the fingerprint to pin).
  ...(settings.ovn.certificateSha256 === undefined
    ? { trustPresentedCertificate: true }
    : { trustedCertificate: { sha256: settings.ovn.certificateSha256 } }),
  testConnectivity: true,
});

export const providerIds = {
  foreman: foreman.providerId,
  glance: glance.providerId,
  neutron: neutron.providerId,
  cinder: cinder.providerId,
  ovn: ovn.providerId,
};
