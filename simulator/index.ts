import { randomBytes, randomUUID } from "node:crypto";
import { ApiService } from "./api-service";
import type { EngineContext, EngineVersion, ReachableHost } from "./engine-context";
import type { FaultRule } from "./fault-injection";
import { FaultInjector } from "./fault-injection";
import { SimulatorServer } from "./http-server";
import type { InventorySeed } from "./inventory-seed";
import { seedState } from "./inventory-seed";
import { SimulatorInventory } from "./inventory";
import { SimulatorRequestLog } from "./request-log";
import { SessionRegistry } from "./sessions";
import { loadState, saveState } from "./state-file";
import { EngineStore } from "./store";
import { TlsAuthority } from "./tls-authority";

export type { EngineVersion, ReachableHost } from "./engine-context";
export type { FaultRule, ScriptedFailure } from "./fault-injection";
export type { FaultInjector } from "./fault-injection";
export type { InventorySeed } from "./inventory-seed";
export type { SimulatorInventory } from "./inventory";
export type { LoggedRequest, SimulatorRequestLog } from "./request-log";
export type {
  AgentConfiguration,
  Cluster,
  DataCenter,
  Disk,
  Host,
  LogicalNetwork,
  NameValue,
  ProviderKind,
  RemoteImage,
  RemoteNetwork,
  RemoteSubnet,
  RemoteVolumeType,
  StorageDomain,
  StoredAuthenticationKey,
  StoredProvider,
  Vm,
} from "./engine-state";

export interface SimulatorOptions {
  /** Engine line to play: 4.3 keeps the Neutron agent configuration, 4.5 fails Cinder. @default "4.5" */
  engineVersion?: EngineVersion;
  /** Password of admin@internal. @default a random one, returned in `password` */
  password?: string;
  /** TCP port on 127.0.0.1. @default 0 (a free port) */
  port?: number;
  /** What the engine holds at start; ignored when `stateFile` already exists. */
  inventory?: InventorySeed;
  /** Milliseconds added before every answer. @default 0 */
  latencyMs?: number;
  /** Requests served at once; beyond it the answer is 503. @default unbounded */
  maxConcurrentRequests?: number;
  /** Failures scripted from the start (more can be added through `faults`). */
  faults?: FaultRule[];
  /**
   * Provider hosts (names or IPs; "*" for all) the engine can reach without a real connection:
   * their tests succeed (https ones once their generated chain is trusted) and they serve the
   * provider-side inventory. An entry `{host, username, password}` also fails tests sent with
   * other credentials. Loopback hosts are really connected to. @default []
   */
  reachableHosts?: ReachableHost[];
  /** Keep everything in this JSON file (atomic writes) so that a restart finds it again. */
  stateFile?: string;
  /** Lifetime of SSO tokens in milliseconds. @default 10 hours */
  tokenLifetimeMs?: number;
}

export interface RunningSimulator {
  /** `https://127.0.0.1:PORT/ovirt-engine/api` */
  apiUrl: string;
  /** `https://127.0.0.1:PORT/ovirt-engine` */
  engineUrl: string;
  port: number;
  /** PEM of the CA that signed the server certificate. */
  caCertificate: string;
  /** Always "admin@internal". */
  username: string;
  password: string;
  engineVersion: EngineVersion;
  requests: SimulatorRequestLog;
  faults: FaultInjector;
  inventory: SimulatorInventory;
  stop(): Promise<void>;
}

const TEN_HOURS_MS = 10 * 60 * 60 * 1000;

/** Starts an oVirt engine simulator on 127.0.0.1 over HTTPS. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const engineVersion = options.engineVersion ?? "4.5";
  const password = options.password ?? randomBytes(12).toString("base64url");
  const credentials = { username: "admin@internal", password };
  const saved = options.stateFile === undefined ? undefined : loadState(options.stateFile);
  const state = saved ?? seedState(options.inventory);
  const authority = TlsAuthority.create(state.tls);
  state.tls = authority.state;
  const stateFile = options.stateFile;
  const store = new EngineStore(
    state,
    stateFile === undefined ? undefined : (current) => saveState(stateFile, current),
  );
  if (saved === undefined && options.inventory !== undefined)
    store.applyProviderSeed(options.inventory);
  store.change(() => undefined);
  store.flush();

  const context: EngineContext = {
    version: engineVersion,
    store,
    authority,
    reachableHosts: options.reachableHosts ?? [],
  };
  const sessions = new SessionRegistry(options.tokenLifetimeMs ?? TEN_HOURS_MS);
  const faults = new FaultInjector(
    {
      latencyMs: options.latencyMs,
      maxConcurrentRequests: options.maxConcurrentRequests,
      rules: options.faults,
    },
    () => sessions.expireAll(),
  );
  const requests = new SimulatorRequestLog();
  const server = new SimulatorServer({
    certificate: authority.issueServerCertificate(),
    caCertificatePem: authority.caCertificatePem,
    api: new ApiService(context, credentials, sessions, randomUUID()),
    credentials,
    sessions,
    faults,
    requests,
  });
  const port = await server.listen(options.port ?? 0);
  return {
    apiUrl: `https://127.0.0.1:${port}/ovirt-engine/api`,
    engineUrl: `https://127.0.0.1:${port}/ovirt-engine`,
    port,
    caCertificate: authority.caCertificatePem,
    username: credentials.username,
    password,
    engineVersion,
    requests,
    faults,
    inventory: new SimulatorInventory(store),
    stop: () => server.close(),
  };
}
