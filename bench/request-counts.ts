/**
 * Engine requests per operation and type, counted by the simulator while the plugin runs each
 * operation as the Pulumi engine would: create (check, create), no-op preview (check, diff),
 * update (check, diff, update), refresh (read) and delete. The one login per engine and the one
 * read of the engine's version are counted apart: they are paid once per plugin process.
 */
import type { RunningSimulator } from "../simulator";
import { startSimulator } from "../simulator";
import { benchSamples, reachableProviderHosts } from "./bench-samples";
import type { PluginSession } from "./plugin-session";
import { PluginResources } from "./plugin-session";
import { median, repeat } from "./statistics";

export const operations = ["create", "preview", "update", "refresh", "delete"] as const;
export type Operation = (typeof operations)[number];

/** The least each operation can cost: one request for a change or a read, none for a preview. */
export const minimumRequests: Record<Operation, number> = {
  create: 1,
  preview: 0,
  update: 1,
  refresh: 1,
  delete: 1,
};

/** What a tool that logs in, searches, writes and logs out spends on every operation. */
export const loginSearchWriteLogoutRequests = 4;

/** Requests per operation; null for an update of a type that the engine cannot change. */
export type RequestRow = Record<Operation, number | null>;

export interface RequestCounts {
  /** Type name -> operation -> requests (median over runs). */
  requestsPerOperation: Record<string, RequestRow>;
  /** Logins one plugin process made to one engine over every type and operation (median). */
  loginsPerEngine: number;
}

const LOGIN_PATH = "/ovirt-engine/sso/oauth/token";

function isOncePerProcess(method: string, path: string, apiPath: string | undefined): boolean {
  return (method === "POST" && path === LOGIN_PATH) || (method === "GET" && apiPath === "/");
}

async function countedRequests(engine: RunningSimulator, step: () => Promise<unknown>) {
  const before = engine.requests.entries().length;
  await step();
  return engine.requests
    .entries()
    .slice(before)
    .filter((entry) => !isOncePerProcess(entry.method, entry.path, entry.apiPath)).length;
}

async function measureOnce(session: PluginSession) {
  // 4.4 is the newest engine line that still serves Cinder (OpenStackVolumeProvider).
  const engine = await startSimulator({
    engineVersion: "4.4",
    reachableHosts: reachableProviderHosts,
  });
  const counts: Record<string, RequestRow> = {};

  try {
    for (const sample of benchSamples) {
      const resources = new PluginResources(session, sample, engine);
      let stored = await resources.create(`warm-${sample.module}`);
      await resources.delete(stored);

      const row = {} as RequestRow;
      row.create = await countedRequests(engine, async () => {
        stored = await resources.create(`bench-${sample.module}`);
      });
      row.preview = await countedRequests(engine, async () => {
        if (await resources.preview(stored)) throw new Error(`${sample.typeName} shows a diff`);
      });
      row.update =
        sample.edit === undefined
          ? null
          : await countedRequests(engine, async () => {
              stored = await resources.update(stored);
            });
      row.refresh = await countedRequests(engine, () => resources.refresh(stored));
      row.delete = await countedRequests(engine, () => resources.delete(stored));
      counts[sample.typeName] = row;
    }

    return { counts, logins: engine.requests.count("POST", LOGIN_PATH) };
  } finally {
    await engine.stop();
  }
}

export async function measureRequestCounts(
  session: PluginSession,
  runs: number,
): Promise<RequestCounts> {
  const results = await repeat(runs, () => measureOnce(session));
  const requestsPerOperation: Record<string, RequestRow> = {};

  for (const sample of benchSamples) {
    const row = {} as RequestRow;
    for (const operation of operations) {
      const counts = results.map((result) => result.counts[sample.typeName][operation]);
      row[operation] = counts.includes(null) ? null : median(counts as number[]);
    }
    requestsPerOperation[sample.typeName] = row;
  }

  return {
    requestsPerOperation,
    loginsPerEngine: median(results.map((result) => result.logins)),
  };
}
