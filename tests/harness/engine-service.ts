// A minimal Pulumi Engine gRPC service: the address every plugin and program is given as
// `engineAddress`. It collects log lines (diagnostics) and keeps the root resource; programs
// call it, while the dynamic-provider plugin only receives the address and never dials it.
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { EngineService } from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as engineProto from "@pulumi/pulumi/proto/engine_pb";

export type LogSeverity = "debug" | "info" | "warning" | "error";

export interface LogEntry {
  severity: LogSeverity;
  message: string;
  /** The resource the line is about, or "" for the deployment as a whole. */
  urn: string;
  ephemeral: boolean;
}

export interface RunningEngineService {
  /** `127.0.0.1:PORT`, the form plugins and programs expect. */
  readonly address: string;
  /** Every log line received, in arrival order. */
  readonly logs: LogEntry[];
  stop(): Promise<void>;
}

const SEVERITIES: Record<engineProto.LogSeverity, LogSeverity> = {
  [engineProto.LogSeverity.DEBUG]: "debug",
  [engineProto.LogSeverity.INFO]: "info",
  [engineProto.LogSeverity.WARNING]: "warning",
  [engineProto.LogSeverity.ERROR]: "error",
};

type Handler<Request, Response> = grpc.handleUnaryCall<Request, Response>;

export async function startEngineService(): Promise<RunningEngineService> {
  const logs: LogEntry[] = [];
  let rootUrn = "";

  const log: Handler<engineProto.LogRequest, Empty> = (call, callback) => {
    const request = call.request;
    logs.push({
      severity: SEVERITIES[request.getSeverity()],
      message: request.getMessage(),
      urn: request.getUrn(),
      ephemeral: request.getEphemeral(),
    });
    callback(null, new Empty());
  };
  const getRootResource: Handler<
    engineProto.GetRootResourceRequest,
    engineProto.GetRootResourceResponse
  > = (_call, callback) =>
    callback(null, new engineProto.GetRootResourceResponse().setUrn(rootUrn));
  const setRootResource: Handler<
    engineProto.SetRootResourceRequest,
    engineProto.SetRootResourceResponse
  > = (call, callback) => {
    rootUrn = call.request.getUrn();
    callback(null, new engineProto.SetRootResourceResponse());
  };
  const unimplemented = (name: string): grpc.handleUnaryCall<unknown, unknown> => {
    return (_call, callback) =>
      callback({
        code: grpc.status.UNIMPLEMENTED,
        details: `${name} is not offered by the test engine`,
      });
  };

  const server = new grpc.Server();
  server.addService(EngineService, {
    log,
    getRootResource,
    setRootResource,
    startDebugging: unimplemented("StartDebugging"),
    // Answering OK means "any version is fine": the SDK asks before features it needs.
    requirePulumiVersion: (
      _call: unknown,
      callback: grpc.sendUnaryData<engineProto.RequirePulumiVersionResponse>,
    ) => callback(null, new engineProto.RequirePulumiVersionResponse()),
  });
  const port = await bindLoopback(server);

  return {
    address: `127.0.0.1:${port}`,
    logs,
    stop: () => shutDown(server),
  };
}

/** Binds a server to a free loopback port and returns the port. */
export function bindLoopback(server: grpc.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, port) =>
      error ? reject(error) : resolve(port),
    );
  });
}

/** Stops a server, cutting calls still open after a grace period. */
export function shutDown(server: grpc.Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.forceShutdown(), 2000);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}
