import type { EngineState, StoredProvider } from "./engine-state";
import type { EngineMessage, ProviderAction } from "./engine-messages";
import { engineMessages } from "./engine-messages";
import { operationFailed } from "./faults";
import type { EngineFault } from "./faults";

/**
 * The backend's checks on add, update and remove, in the engine's order (validation-rules.md
 * §3.1): bean validation first (all its messages at once), then validate(), which stops at the
 * first failure, then the database's column limits while executing. Returns the fault to
 * answer, or undefined when the command may run.
 */
const NAME_PATTERN = /^[0-9a-zA-Z_-]+$/;
const AUTH_URL_PATTERN = /^http(s)?:\/\/[^/]*:[\d]+\/(v3|v2\.0)\/?$/;
const MAX_PASSWORD_LENGTH = 200;

/** Column limits of the providers table (validation-rules.md §3.7). */
const COLUMN_LIMITS: Array<[keyof StoredProvider, number]> = [
  ["name", 128],
  ["description", 4000],
  ["url", 512],
  ["username", 64],
  ["tenantName", 128],
  ["userDomainName", 128],
  ["projectName", 128],
  ["projectDomainName", 128],
  ["pluginType", 64],
];

export function validateAdd(
  candidate: StoredProvider & { kind: StoredProvider["kind"] | undefined },
  state: EngineState,
): EngineFault | undefined {
  const bean = beanViolations(candidate);
  if (bean.length > 0) return failure(bean);
  return (
    firstFailure([
      () => urlParses(candidate),
      () => nameAvailable(candidate, state, "add"),
      () => authUrlValid(candidate, "add"),
      () => passwordShortEnough(candidate, "add"),
      ...(candidate.kind === "OPENSTACK_NETWORK" ? neutronAddChecks(candidate) : []),
      () => (candidate.kind === "OPENSTACK_IMAGE" ? glanceUnique(candidate, state) : undefined),
      () => (candidate.kind === "OPENSTACK_VOLUME" ? cinderUnique(candidate, state) : undefined),
    ]) ?? columnsFit(candidate)
  );
}

export function validateUpdate(
  previous: StoredProvider,
  updated: StoredProvider,
  state: EngineState,
): EngineFault | undefined {
  const bean = beanViolations(updated);
  if (bean.length > 0) return failure(bean);
  return (
    firstFailure([
      () => urlParses(updated),
      () => (updated.name !== previous.name ? nameAvailable(updated, state, "edit") : undefined),
      () => authUrlValid(updated, "edit"),
      () => passwordShortEnough(updated, "edit"),
      () => (updated.kind !== previous.kind ? engineMessages.typeCannotChange() : undefined),
    ]) ?? columnsFit(updated)
  );
}

/** Remove is refused while the provider's networks serve VMs or it is a cluster's default. */
export function validateRemove(
  provider: StoredProvider,
  state: EngineState,
  force: boolean,
): EngineFault | undefined {
  return firstFailure([
    () => networksUnused(provider, state),
    () => notClusterDefault(provider, state),
    // Force skips only the type-specific check (validation-rules.md §3.1).
    () => (force ? undefined : cinderDomainDetached(provider, state)),
  ]);
}

function beanViolations(candidate: { name: string; kind: string | undefined }): EngineMessage[] {
  const violations: EngineMessage[] = [];
  if (!NAME_PATTERN.test(candidate.name)) violations.push(engineMessages.nameInvalid());
  if (candidate.kind === undefined) violations.push(engineMessages.providerTypeRequired());
  return violations;
}

// Building the proxy parses the URL with java.net.URL for these types; a failure there is a
// RuntimeException inside validate(), reported as a general validation failure (500).
function urlParses(provider: StoredProvider): EngineMessage | undefined {
  const parsed =
    provider.kind === "FOREMAN" ||
    provider.kind === "OPENSTACK_NETWORK" ||
    (provider.kind === "EXTERNAL_NETWORK" && provider.unmanaged !== true);
  if (!parsed) return undefined;
  return javaUrlParses(provider.url) ? undefined : engineMessages.generalValidationFailure();
}

/** java.net.URL accepts any string with a protocol it has a handler for. */
function javaUrlParses(url: string | undefined): boolean {
  return url !== undefined && /^(https?|ftp|file|jar|mailto):/i.test(url);
}

function nameAvailable(provider: StoredProvider, state: EngineState, action: ProviderAction) {
  const taken = state.providers.some(
    (other) => other.id !== provider.id && other.name === provider.name,
  );
  return taken ? engineMessages.nameAlreadyUsed(action) : undefined;
}

function authUrlValid(provider: StoredProvider, action: ProviderAction) {
  const url = provider.authenticationUrl;
  if (url === undefined || AUTH_URL_PATTERN.test(url)) return undefined;
  return engineMessages.invalidAuthUrl(action, url);
}

function passwordShortEnough(provider: StoredProvider, action: ProviderAction) {
  const tooLong = (provider.password?.length ?? 0) > MAX_PASSWORD_LENGTH;
  return tooLong ? engineMessages.passwordTooLong(action) : undefined;
}

const isBlank = (value: string | undefined) => value === undefined || value.trim() === "";

function neutronAddChecks(provider: StoredProvider): Array<() => EngineMessage | undefined> {
  const auth = provider.requiresAuthentication;
  return [
    () => (isBlank(provider.pluginType) ? engineMessages.neutronRequiresPluginType() : undefined),
    () => (auth && isBlank(provider.username) ? engineMessages.neutronRequiresUser() : undefined),
    () =>
      auth && isBlank(provider.password) ? engineMessages.neutronRequiresPassword() : undefined,
    () =>
      auth && isBlank(provider.authenticationUrl)
        ? engineMessages.neutronRequiresAuthUrl()
        : undefined,
    () =>
      auth && isBlank(provider.tenantName) && isBlank(provider.userDomainName)
        ? engineMessages.neutronRequiresTenantOrDomain()
        : undefined,
  ];
}

// Only on add: (url, tenant) for Identity v2 or no auth URL, (url, project, domain) for v3.
function glanceUnique(provider: StoredProvider, state: EngineState) {
  const others = state.providers.filter(
    (other) => other.kind === "OPENSTACK_IMAGE" && other.id !== provider.id,
  );
  if (/\/v3\/?$/.test(provider.authenticationUrl ?? "")) {
    const clash = others.some(
      (other) =>
        other.url === provider.url &&
        other.projectName === provider.projectName &&
        other.projectDomainName === provider.projectDomainName,
    );
    return clash ? engineMessages.glanceUrlProjectNotUnique("add") : undefined;
  }
  const clash = others.some(
    (other) => other.url === provider.url && other.tenantName === provider.tenantName,
  );
  return clash ? engineMessages.glanceUrlTenantNotUnique("add") : undefined;
}

function cinderUnique(provider: StoredProvider, state: EngineState) {
  const clash = state.providers.some(
    (other) =>
      other.kind === "OPENSTACK_VOLUME" && other.id !== provider.id && other.url === provider.url,
  );
  return clash ? engineMessages.cinderAlreadyExists() : undefined;
}

function networksUnused(provider: StoredProvider, state: EngineState) {
  const networks = state.networks.filter((network) => network.externalProviderId === provider.id);
  const used = networks.filter((network) =>
    state.vms.some((vm) => vm.networkIds.includes(network.id)),
  );
  if (used.length === 0) return undefined;
  const names = used.map((network) => network.name);
  return names.length === 1
    ? engineMessages.networksUsedOnce(names)
    : engineMessages.networksUsedMultipleTimes(names);
}

function notClusterDefault(provider: StoredProvider, state: EngineState) {
  const clusters = state.clusters.filter(
    (cluster) => cluster.defaultNetworkProviderId === provider.id,
  );
  if (clusters.length === 0) return undefined;
  return engineMessages.usedInCluster(clusters.map((cluster) => cluster.name));
}

function cinderDomainDetached(provider: StoredProvider, state: EngineState) {
  if (provider.kind !== "OPENSTACK_VOLUME") return undefined;
  const domain = state.storageDomains.find(
    (candidate) => candidate.id === provider.storageDomainId,
  );
  return domain?.status === "active"
    ? engineMessages.storageDomainStatusIllegal("Active")
    : undefined;
}

function columnsFit(provider: StoredProvider): EngineFault | undefined {
  const overflow = COLUMN_LIMITS.some(([column, limit]) => {
    const value = provider[column];
    return typeof value === "string" && value.length > limit;
  });
  return overflow ? failure([engineMessages.internalEngineError()]) : undefined;
}

function firstFailure(checks: Array<() => EngineMessage | undefined>): EngineFault | undefined {
  for (const check of checks) {
    const message = check();
    if (message !== undefined) return failure([message]);
  }
  return undefined;
}

/** Several messages: the engine answers the most important status (400 > 409 > 500). */
function failure(messages: readonly EngineMessage[]): EngineFault {
  const rank = (status: number) => [400, 409, 500].indexOf(status);
  const status = messages
    .map((message) => message.status)
    .reduce((best, next) => (rank(next) < rank(best) ? next : best));
  return operationFailed(
    status,
    messages.map((message) => message.text),
  );
}
