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
  /**
   * The region's service domain: Glance is `glance.<domain>:9292`, Neutron `neutron.<domain>:9696`.
   */
  domain: string;
  /** Password of the `glance`, `neutron` and `cinder` service users in Keystone. */
  servicePassword: pulumi.Input<string>;
  /**
   * The oVirt data center for the region's Cinder volumes; without it the region has no volume
   * provider (engines from 4.5 on have no Cinder integration).
   */
  volumeDataCenter?: string;
  /** Glance images to import as oVirt templates, named `<region>-<image>`; none by default. */
  templates?: RegionTemplates;
}

/** Where a region's Glance images become templates. */
export interface RegionTemplates {
  /** Glance image names, as Glance lists them. */
  images: string[];
  /** The oVirt data storage domain that holds the templates' disks. */
  storageDomain: string;
  /** The oVirt cluster the templates belong to. */
  cluster: string;
}

/**
 * One OpenStack region as oVirt sees it: its image catalog (Glance), its networks (Neutron) and,
 * when a data center is given for them, its volumes (Cinder), all logging in to the shared
 * Keystone; optionally some of its images as oVirt templates. Adding a region is one
 * `new OpenStackRegion(...)`.
 */
export class OpenStackRegion extends pulumi.ComponentResource {
  readonly imageProvider: ovirt.OpenStackImageProvider;
  readonly networkProvider: ovirt.OpenStackNetworkProvider;
  readonly volumeProvider?: ovirt.OpenStackVolumeProvider;
  readonly templates: ovirt.ImportedImage[];

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
        // The engine reads Glance's catalog over TLS, so importing images needs it to trust the
        // certificate Glance presents. In production pin it instead (`trustedCertificate`).
        ...(args.templates === undefined ? {} : { trustPresentedCertificate: true }),
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

    if (args.volumeDataCenter !== undefined) {
      this.volumeProvider = new ovirt.OpenStackVolumeProvider(
        `${name}-cinder`,
        {
          description: `Volumes of ${name}`,
          url: `https://cinder.${args.domain}:8776`,
          dataCenter: args.volumeDataCenter,
          // Like Glance, Cinder's REST representation carries only a tenant.
          authentication: {
            username: "cinder",
            password: args.servicePassword,
            keystoneUrl: args.keystone.url,
            tenantName: args.keystone.projectName,
          },
          forceRemove: true,
        },
        child,
      );
    }

    const templates = args.templates;
    this.templates =
      templates === undefined
        ? []
        : templates.images.map(
            (image) =>
              new ovirt.ImportedImage(
                `${name}-${image}`,
                {
                  providerId: this.imageProvider.providerId,
                  imageName: image,
                  importAs: "template",
                  templateName: `${name}-${image}`,
                  storageDomain: templates.storageDomain,
                  cluster: templates.cluster,
                },
                child,
              ),
          );

    this.registerOutputs({
      imageProviderId: this.imageProvider.providerId,
      networkProviderId: this.networkProvider.providerId,
      volumeProviderId: this.volumeProvider?.providerId,
      templateIds: this.templates.map((template) => template.templateId),
    });
  }
}
