/**
 * One valid set of arguments per provider type, the engine version that serves it, and the
 * in-place edits each type accepts: the table the lifecycle tests run over.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";

import externalNetworkProvider = require("../../provider/resource-providers/external-network-provider");
import foremanProvider = require("../../provider/resource-providers/foreman-provider");
import openStackImageProvider = require("../../provider/resource-providers/openstack-image-provider");
import openStackNetworkProvider = require("../../provider/resource-providers/openstack-network-provider");
import openStackVolumeProvider = require("../../provider/resource-providers/openstack-volume-provider");
import type { EngineVersion } from "../../simulator";

export interface ProviderSample {
  typeName: string;
  provider: dynamic.ResourceProvider;
  collection: string;
  engineVersion: EngineVersion;
  arguments: Record<string, unknown>;
  /** In-place edits: each is merged into `arguments`, then `engineField` must hold `engineValue`. */
  edits: { change: Record<string, unknown>; engineField: string; engineValue: unknown }[];
}

const keystoneV2 = "https://keystone.example.com:35357/v2.0";

export const providerSamples: ProviderSample[] = [
  {
    typeName: "ForemanProvider",
    provider: foremanProvider,
    collection: "externalhostproviders",
    engineVersion: "4.5",
    arguments: {
      name: "foreman1",
      url: "https://foreman.example.com",
      authentication: { username: "admin", password: "foreman-secret" },
    },
    edits: [
      { change: { description: "hosts" }, engineField: "description", engineValue: "hosts" },
      {
        change: { url: "https://satellite.example.com" },
        engineField: "url",
        engineValue: "https://satellite.example.com",
      },
      {
        change: { authentication: { username: "provisioner", password: "foreman-secret" } },
        engineField: "username",
        engineValue: "provisioner",
      },
      {
        change: { authentication: { username: "admin", password: "rotated" } },
        engineField: "password",
        engineValue: "rotated",
      },
    ],
  },
  {
    typeName: "OpenStackImageProvider",
    provider: openStackImageProvider,
    collection: "openstackimageproviders",
    engineVersion: "4.5",
    arguments: {
      name: "glance1",
      url: "https://glance.example.com:9292",
      authentication: {
        username: "glance",
        password: "glance-secret",
        keystoneUrl: keystoneV2,
        tenantName: "services",
      },
    },
    edits: [
      { change: { description: "images" }, engineField: "description", engineValue: "images" },
      {
        change: { name: "glance2" },
        engineField: "name",
        engineValue: "glance2",
      },
      {
        change: { properties: { region: "north" } },
        engineField: "properties",
        engineValue: [{ name: "region", value: "north" }],
      },
    ],
  },
  {
    typeName: "OpenStackNetworkProvider",
    provider: openStackNetworkProvider,
    collection: "openstacknetworkproviders",
    engineVersion: "4.5",
    arguments: {
      name: "neutron1",
      url: "https://neutron.example.com:9696",
      authentication: {
        username: "neutron",
        password: "neutron-secret",
        keystoneUrl: keystoneV2,
        tenantName: "services",
      },
    },
    edits: [
      { change: { readOnly: false }, engineField: "readOnly", engineValue: false },
      { change: { autoSync: true }, engineField: "autoSync", engineValue: true },
      {
        change: { url: "https://neutron2.example.com:9696" },
        engineField: "url",
        engineValue: "https://neutron2.example.com:9696",
      },
    ],
  },
  {
    typeName: "ExternalNetworkProvider",
    provider: externalNetworkProvider,
    collection: "openstacknetworkproviders",
    engineVersion: "4.5",
    arguments: {
      name: "ovn1",
      url: "https://ovn.example.com:9696",
      pluginType: "OVIRT_PROVIDER_OVN",
      readOnly: false,
      autoSync: true,
    },
    edits: [
      { change: { autoSync: false }, engineField: "autoSync", engineValue: false },
      { change: { readOnly: true }, engineField: "readOnly", engineValue: true },
      {
        change: { description: "OVN" },
        engineField: "description",
        engineValue: "OVN",
      },
    ],
  },
  {
    typeName: "OpenStackVolumeProvider",
    provider: openStackVolumeProvider,
    collection: "openstackvolumeproviders",
    engineVersion: "4.4",
    arguments: {
      name: "cinder1",
      url: "https://cinder.example.com:8776",
      dataCenter: "Default",
      forceRemove: true,
      authentication: {
        username: "cinder",
        password: "cinder-secret",
        keystoneUrl: keystoneV2,
        tenantName: "services",
      },
    },
    edits: [
      { change: { description: "volumes" }, engineField: "description", engineValue: "volumes" },
      {
        change: { url: "https://cinder2.example.com:8776" },
        engineField: "url",
        engineValue: "https://cinder2.example.com:8776",
      },
    ],
  },
];
