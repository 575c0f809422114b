import * as pulumi from "@pulumi/pulumi";
import * as ovirt from "pulumi-ovirt-external-providers";

/** The Keystone v3 identity every region authenticates against. */
export interface SharedKeystone {
  /** e.g. `https://keystone.example.com:5000/v3` */
  url: string;
  userDomainName: string;
  projectName: string;
  projectDomainName: string;
}

export interface OpenStackRegionArgs {
  keystone: SharedKeystone;
  /** The region's service domain: Glance is `glance.<domain>:9292`, Neutron `neutron.<domain>:9696`. */
  domain: string;
  /** Password of the `glance` and `neutron` service users in Keystone. */
  servicePassword: pulumi.Input<string>;
}

/**
 * One OpenStack region as oVirt sees it: its image catalog (Glance) and its networks (Neutron),
 * both logging in to the shared Keystone. Adding a region is one `new OpenStackRegion(...)`.
 */
export class OpenStackRegion extends pulumi.ComponentResource {
  readonly imageProvider: ovirt.OpenStackImageProvider;
  readonly networkProvider: ovirt.OpenStackNetworkProvider;

  constructor(name: string, args: OpenStackRegionArgs, options?: pulumi.ComponentResourceOptions) {
    super("examples:openstack:Region", name, {}, options);
    const child = { parent: this };

    this.imageProvider = new ovirt.OpenStackImageProvider(
      `${name}-glance`,
      {
        description: `Images of ${name}`,
        url: `https://glance.${args.domain}:9292`,
        // The engine's REST API carries only a tenant for Glance, even with a v3 Keystone: the
        // project name stands in for it.
        authentication: {
          username: "glance",
          password: args.servicePassword,
          keystoneUrl: args.keystone.url,
          tenantName: args.keystone.projectName,
        },
      },
      child,
    );

    this.networkProvider = new ovirt.OpenStackNetworkProvider(
      `${name}-neutron`,
      {
        description: `Networks of ${name}`,
        url: `https://neutron.${args.domain}:9696`,
        authentication: {
          username: "neutron",
          password: args.servicePassword,
          keystoneUrl: args.keystone.url,
          userDomainName: args.keystone.userDomainName,
          projectName: args.keystone.projectName,
          projectDomainName: args.keystone.projectDomainName,
        },
      },
      child,
    );

    this.registerOutputs({
      imageProviderId: this.imageProvider.providerId,
      networkProviderId: this.networkProvider.providerId,
    });
  }
}
