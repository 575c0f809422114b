import { randomUUID } from "node:crypto";
import type { ApiReply, ApiRequest } from "./api-request";
import type { EngineContext } from "./engine-context";
import { isGiven, lookup } from "./engine-lookup";
import { engineMessages } from "./engine-messages";
import { incompleteParameters, mandatoryParameterMissing, operationFailed } from "./faults";
import { reference } from "./links";
import { readBody } from "./request-body";
import type { ApiRouter } from "./router";

const KNOWN_FIELDS = [
  "id",
  "href",
  "name",
  "comment",
  "description",
  "provider",
  "url",
  "username",
  "password",
  "sparse",
  "vm",
  "cluster",
  "storage_domain",
  "host",
  "drivers_iso",
  "cpu_profile",
  "quota",
];

/** POST /externalvmimports: the only REST route to VMware, KVM and Xen (engine-api.md §1.2). */
export function registerExternalVmImportRoutes(router: ApiRouter, context: EngineContext): void {
  router.add("POST", "externalvmimports", (request) => importExternalVm(request, context));
}

/**
 * Checks the parameters the resource requires (all missing ones named at once, with the
 * resource's Java names), resolves cluster, storage domain and proxy host, then starts
 * ImportVmFromExternalUrl: 201 without Location, echoing the import without the password and
 * with references in place of the objects it named.
 */
function importExternalVm(request: ApiRequest, context: EngineContext): ApiReply {
  const body = readBody(request, "external_vm_imports", "add", "external_vm_import");
  if (body === undefined) throw mandatoryParameterMissing("import");
  const { reader, value } = body;
  reader.rejectUnknownFields(value, KNOWN_FIELDS);
  const provider = reader.enumValue(
    value,
    "provider",
    ["kvm", "xen", "vmware"] as const,
    "ExternalVmProviderType",
  );
  const url = reader.string(value, "url");
  const name = reader.string(value, "name");
  const clusterWanted = reader.reference(value, "cluster");
  const domainWanted = reader.reference(value, "storage_domain");
  const missing = [
    provider === undefined ? "provider" : undefined,
    url === undefined ? "url" : undefined,
    name === undefined ? "name" : undefined,
    isGiven(clusterWanted) ? undefined : "cluster.id|name",
    isGiven(domainWanted) ? undefined : "storageDomain.id|name",
  ].filter((field): field is string => field !== undefined);
  if (missing.length > 0) throw incompleteParameters("ExternalVmImport", missing, "add");
  const cluster = lookup.cluster(context, clusterWanted as { id?: string; name?: string });
  const domain = lookup.storageDomain(context, domainWanted as { id?: string; name?: string });
  const hostWanted = reader.reference(value, "host");
  const host = isGiven(hostWanted) ? lookup.host(context, hostWanted) : undefined;
  const vmObject = reader.object(value, "vm");
  const vmName = (vmObject && reader.string(vmObject, "name")) ?? (name as string);
  if (context.store.state.vms.some((vm) => vm.name === vmName)) {
    throw operationFailed(409, [engineMessages.vmNameInUse().text]);
  }
  const vmId = randomUUID();
  context.store.change((state) =>
    state.vms.push({ id: vmId, name: vmName, clusterId: cluster.id, networkIds: [] }),
  );
  // The answer echoes the request, except the password.
  const echoed = Object.fromEntries(
    Object.entries(value).filter(([field]) => field !== "password"),
  );
  return {
    status: 201,
    document: {
      rootTag: "external_vm_import",
      body: {
        ...(echoed as Record<string, never>),
        vm: reference(request.base, "vms", vmId),
        cluster: reference(request.base, "clusters", cluster.id),
        storage_domain: reference(request.base, "storagedomains", domain.id),
        host: host === undefined ? undefined : reference(request.base, "hosts", host.id),
      },
    },
  };
}
