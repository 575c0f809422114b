import type { ApiReply, ApiRequest } from "./api-request";
import type { EngineVersion } from "./engine-context";
import { WireDate } from "./wire-value";

/** A released engine of each supported line, as product_info reports it. */
const RELEASES: Record<
  EngineVersion,
  { major: number; minor: number; build: number; revision: number; full: string }
> = {
  "4.3": { major: 4, minor: 3, build: 11, revision: 4, full: "4.3.11.4-1.el7" },
  "4.4": { major: 4, minor: 4, build: 10, revision: 7, full: "4.4.10.7-1.el8" },
  "4.5": { major: 4, minor: 5, build: 7, revision: 0, full: "4.5.7-1.el9" },
};

// Root links the simulator serves. Provider collections carry no `/search` link
// (engine-api.md §1); the inventory collections do, with the engine's template href.
const PROVIDER_ROOT_LINKS = [
  "externalhostproviders",
  "openstackimageproviders",
  "openstackvolumeproviders",
  "openstacknetworkproviders",
  "externalvmimports",
];
const SEARCHABLE_ROOT_LINKS = ["clusters", "datacenters", "hosts", "networks", "storagedomains"];

/** GET /ovirt-engine/api: product information and links to the collections. */
export function apiRoot(request: ApiRequest, version: EngineVersion, instanceId: string): ApiReply {
  const release = RELEASES[version];
  const links = [
    ...PROVIDER_ROOT_LINKS.map((rel) => ({ href: `${request.base}/${rel}`, rel })),
    ...SEARCHABLE_ROOT_LINKS.flatMap((rel) => [
      { href: `${request.base}/${rel}`, rel },
      { href: `${request.base}/${rel}?search={query}`, rel: `${rel}/search` },
    ]),
  ];
  return {
    status: 200,
    document: {
      rootTag: "api",
      body: {
        link: links,
        product_info: {
          instance_id: instanceId,
          name: "oVirt Engine",
          vendor: "ovirt.org",
          version: {
            build: release.build,
            full_version: release.full,
            major: release.major,
            minor: release.minor,
            revision: release.revision,
          },
        },
        time: new WireDate(Date.now()),
      },
    },
  };
}
