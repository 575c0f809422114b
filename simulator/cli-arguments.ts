import type { EngineVersion } from "./engine-context";

export interface CliArguments {
  port: number;
  caFile: string;
  stateFile?: string;
  engineVersion?: EngineVersion;
  password?: string;
  reachableHosts: string[];
  latencyMs?: number;
}

export const USAGE = `usage: npm run simulator -- --port N --ca-file PATH [--state-file PATH]
       [--engine-version 4.3|4.4|4.5] [--password P] [--reachable-host HOST]... [--latency-ms MS]

Serves a simulated oVirt engine on https://127.0.0.1:N/ovirt-engine/api (port 0: any free
port). The CA that signed its certificate is written to --ca-file. With --state-file, what the
engine holds survives restarts. --reachable-host makes connectivity tests to HOST succeed.`;

/** Parses the command line; throws an Error whose message says what is wrong. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  const values = new Map<string, string[]>();
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] as string;
    const [name, inline] = flag.startsWith("--")
      ? splitInline(flag.slice(2))
      : [undefined, undefined];
    if (name === undefined || !FLAGS.has(name)) throw new Error(`unknown argument ${flag}`);
    const value = inline ?? argv[(index += 1)];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const single = (name: string) => values.get(name)?.at(-1);
  const portText = single("port");
  const caFile = single("ca-file");
  if (portText === undefined) throw new Error("--port is required (0 picks a free port)");
  if (caFile === undefined) throw new Error("--ca-file is required");
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error("--port must be an integer from 0 to 65535");
  }
  const engineVersion = single("engine-version");
  if (engineVersion !== undefined && !["4.3", "4.4", "4.5"].includes(engineVersion)) {
    throw new Error("--engine-version must be 4.3, 4.4 or 4.5");
  }
  const latencyText = single("latency-ms");
  const latencyMs = latencyText === undefined ? undefined : Number(latencyText);
  if (latencyMs !== undefined && !(Number.isInteger(latencyMs) && latencyMs >= 0)) {
    throw new Error("--latency-ms must be a non-negative integer");
  }
  return {
    port,
    caFile,
    stateFile: single("state-file"),
    engineVersion: engineVersion as EngineVersion | undefined,
    password: single("password"),
    reachableHosts: values.get("reachable-host") ?? [],
    latencyMs,
  };
}

const FLAGS = new Set([
  "port",
  "ca-file",
  "state-file",
  "engine-version",
  "password",
  "reachable-host",
  "latency-ms",
]);

function splitInline(text: string): [string, string | undefined] {
  const index = text.indexOf("=");
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}
