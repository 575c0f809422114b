/**
 * Several OpenStack regions plugged into one oVirt engine, all authenticating against one
 * Keystone v3. Each region is one call of the reusable OpenStackRegion component.
 */
import * as pulumi from "@pulumi/pulumi";

import { OpenStackRegion } from "./openstack-region";

const config = new pulumi.Config();
const servicePassword = config.requireSecret("servicePassword");
const regions = config.getObject<string[]>("regions") ?? ["north", "south"];
const volumeDataCenter = config.get("volumeDataCenter");
const templateImages = config.getObject<string[]>("templateImages");
const templates =
  templateImages === undefined
    ? undefined
    : {
        images: templateImages,
        storageDomain: config.require("templateStorageDomain"),
        cluster: config.get("templateCluster") ?? "Default",
      };

const keystone = {
  url: config.get("keystoneUrl") ?? "https://keystone.example.com:5000/v3",
  userDomainName: "Default",
  projectName: "services",
  projectDomainName: "Default",
};

const providers = regions.map(
  (region) =>
    new OpenStackRegion(region, {
      keystone,
      domain: `${region}.example.com`,
      servicePassword,
      volumeDataCenter,
      templates,
    }),
);

export const regionProviders = providers.map((region) => ({
  glance: region.imageProvider.providerId,
  neutron: region.networkProvider.providerId,
  cinder: region.volumeProvider?.providerId,
  templates: region.templates.map((template) => template.templateId),
}));
