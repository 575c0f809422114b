/**
 * One sample of every resource class, built with plain strings only (no pulumi.secret), and what
 * the tests expect of it: its declared outputs and its secret-holding arguments.
 */
import type * as pulumi from "@pulumi/pulumi";

import * as ovirt from "../../sdk";

export interface ResourceSample {
  className: string;
  /** Every `declare readonly` output of the class, sorted. */
  outputs: readonly string[];
  /** The arguments registered as secrets, which also name the additionalSecretOutputs. */
  secrets: readonly string[];
  build(name: string, options: pulumi.CustomResourceOptions): pulumi.CustomResource;
}

const PROVIDER_ID = "4a5d7c3e-2b1f-4e6a-9c8d-7f0e1a2b3c4d";
const connection = {
  url: "https://engine2.example.com/ovirt-engine/api",
  username: "admin@internal",
  password: "engine-secret",
};
const keystone = {
  username: "svc",
  password: "keystone-secret",
  keystoneUrl: "https://keystone.example.com:35357/v2.0",
  tenantName: "services",
};

const sorted = (names: string[]): readonly string[] => [...names].sort();

const vcenterArgs: ovirt.VmwareProviderArgs = {
  vcenter: "vcenter.example.com",
  esxiHost: "esxi01.example.com",
  dataCenter: "Datacenter",
  username: "administrator@vsphere.local",
  password: "vcenter-secret",
};

export const resourceSamples: readonly ResourceSample[] = [
  {
    className: "ForemanProvider",
    outputs: sorted([
      "providerId",
      "requiresAuthentication",
      "name",
      "description",
      "url",
      "authentication",
      "connection",
    ]),
    secrets: ["authentication", "connection"],
    build: (name, options) =>
      new ovirt.ForemanProvider(
        name,
        {
          url: "https://foreman.example.com",
          authentication: { username: "admin", password: "foreman-secret" },
          connection,
        },
        options,
      ),
  },
  {
    className: "OpenStackImageProvider",
    outputs: sorted([
      "providerId",
      "requiresAuthentication",
      "name",
      "description",
      "url",
      "authentication",
      "properties",
      "connection",
    ]),
    secrets: ["authentication", "connection"],
    build: (name, options) =>
      new ovirt.OpenStackImageProvider(
        name,
        { url: "https://glance.example.com:9292", authentication: keystone, connection },
        options,
      ),
  },
  {
    className: "OpenStackNetworkProvider",
    outputs: sorted([
      "providerId",
      "requiresAuthentication",
      "name",
      "description",
      "url",
      "pluginType",
      "readOnly",
      "autoSync",
      "authentication",
      "agentConfiguration",
      "properties",
      "connection",
    ]),
    secrets: ["authentication", "agentConfiguration", "connection"],
    build: (name, options) =>
      new ovirt.OpenStackNetworkProvider(
        name,
        {
          url: "https://neutron.example.com:9696",
          authentication: keystone,
          agentConfiguration: {
            interfaceMappings: "physnet1:eth1",
            host: "amqp.example.com",
            username: "neutron",
            password: "broker-secret",
          },
          connection,
        },
        options,
      ),
  },
  {
    className: "OpenStackVolumeProvider",
    outputs: sorted([
      "providerId",
      "requiresAuthentication",
      "name",
      "description",
      "url",
      "dataCenter",
      "authentication",
      "authenticationKeys",
      "properties",
      "forceRemove",
      "connection",
    ]),
    secrets: ["authentication", "authenticationKeys", "connection"],
    build: (name, options) =>
      new ovirt.OpenStackVolumeProvider(
        name,
        {
          url: "https://cinder.example.com:8776",
          dataCenter: "Default",
          authentication: keystone,
          authenticationKeys: [
            { uuid: "2ba1b2a0-3c1f-4e0b-9c55-7d2f3f1e6a10", value: "QVFCa2V5Cg==" },
          ],
          connection,
        },
        options,
      ),
  },
  {
    className: "ExternalNetworkProvider",
    outputs: sorted([
      "providerId",
      "requiresAuthentication",
      "name",
      "description",
      "url",
      "pluginType",
      "readOnly",
      "autoSync",
      "unmanaged",
      "authentication",
      "properties",
      "connection",
    ]),
    secrets: ["authentication", "connection"],
    build: (name, options) =>
      new ovirt.ExternalNetworkProvider(
        name,
        { url: "https://ovn.example.com:9696", authentication: keystone, connection },
        options,
      ),
  },
  {
    className: "VmwareProvider",
    outputs: sorted([
      "url",
      "name",
      "description",
      "vcenter",
      "esxiHost",
      "dataCenter",
      "cluster",
      "verifySsl",
      "destinationDataCenter",
      "proxyHost",
      "username",
      "password",
    ]),
    secrets: ["password"],
    build: (name, options) => new ovirt.VmwareProvider(name, vcenterArgs, options),
  },
  {
    className: "VmwareVmImport",
    outputs: sorted([
      "vmId",
      "vmName",
      "source",
      "url",
      "username",
      "password",
      "sourceVmName",
      "newName",
      "cluster",
      "storageDomain",
      "proxyHost",
      "sparse",
      "driversIso",
      "removeOnDestroy",
      "connection",
    ]),
    secrets: ["password", "connection"],
    build: (name, options) =>
      new ovirt.VmwareVmImport(
        name,
        {
          vmwareProvider: new ovirt.VmwareProvider(`${name}-vcenter`, vcenterArgs),
          sourceVmName: "web01",
          cluster: "Default",
          storageDomain: "data1",
          connection,
        },
        options,
      ),
  },
  {
    className: "ImportedNetwork",
    outputs: sorted([
      "networkId",
      "name",
      "externalNetworkId",
      "dataCenterId",
      "providerId",
      "networkName",
      "dataCenter",
      "connection",
    ]),
    secrets: ["connection"],
    build: (name, options) =>
      new ovirt.ImportedNetwork(
        name,
        { providerId: PROVIDER_ID, networkName: "tenant-net", dataCenter: "Default", connection },
        options,
      ),
  },
  {
    className: "ImportedImage",
    outputs: sorted([
      "diskId",
      "templateId",
      "name",
      "externalImageId",
      "storageDomainId",
      "providerId",
      "imageName",
      "storageDomain",
      "importAs",
      "cluster",
      "diskAlias",
      "templateName",
      "connection",
    ]),
    secrets: ["connection"],
    build: (name, options) =>
      new ovirt.ImportedImage(
        name,
        { providerId: PROVIDER_ID, imageName: "cirros", storageDomain: "data1", connection },
        options,
      ),
  },
];
