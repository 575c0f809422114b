// The ResourceMonitor gRPC service a Pulumi program talks to (@pulumi/pulumi/proto/resource.proto).
// It only translates: each call becomes a plain request to a MonitorHandler, which holds the
// deployment logic. Features the SDK asks about are answered "no" unless listed below, so the
// SDK falls back to the simplest wire format: secrets as signature objects, unknowns as the
// sentinel string, and no resource references or output values inside properties.
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { ResourceMonitorService } from "@pulumi/pulumi/proto/resource_grpc_pb";
import * as proto from "@pulumi/pulumi/proto/resource_pb";

import { bindLoopback, shutDown } from "./engine-service";
import type { PropertyMap } from "./property-values";
import { fromStruct, toStruct } from "./struct-values";

const SUPPORTED_FEATURES = new Set(["secrets"]);

export interface Registration {
  type: string;
  name: string;
  /** URN of the parent; "" only for the stack itself. */
  parent: string;
  custom: boolean;
  inputs: PropertyMap;
  /** Every URN this resource depends on: explicit dependsOn and those behind its inputs. */
  dependencies: string[];
  deleteBeforeReplace: boolean;
  additionalSecretOutputs: string[];
  ignoreChanges: string[];
  /** Whether the program can take secrets back in the response (it always says yes). */
  acceptSecrets: boolean;
}

export interface RegistrationResult {
  urn: string;
  id: string;
  outputs: PropertyMap;
}

export interface MonitorHandler {
  registerResource(registration: Registration): Promise<RegistrationResult>;
  registerResourceOutputs(urn: string, outputs: PropertyMap): Promise<void>;
  /** The program is done registering; resolve once the deployment may let it exit. */
  signalAndWaitForShutdown(): Promise<void>;
}

export interface RunningResourceMonitor {
  readonly address: string;
  stop(): Promise<void>;
}

type Unary<Request, Response> = grpc.handleUnaryCall<Request, Response>;

export async function startResourceMonitor(
  handler: MonitorHandler,
): Promise<RunningResourceMonitor> {
  const server = new grpc.Server();
  server.addService(ResourceMonitorService, {
    supportsFeature: ((call, callback) => {
      const response = new proto.SupportsFeatureResponse();
      callback(null, response.setHassupport(SUPPORTED_FEATURES.has(call.request.getId())));
    }) satisfies Unary<proto.SupportsFeatureRequest, proto.SupportsFeatureResponse>,
    registerResource: ((call, callback) => {
      handler.registerResource(readRegistration(call.request)).then(
        (result) => callback(null, toRegisterResponse(result)),
        (error: Error) => callback({ code: grpc.status.UNKNOWN, details: error.message }),
      );
    }) satisfies Unary<proto.RegisterResourceRequest, proto.RegisterResourceResponse>,
    registerResourceOutputs: ((call, callback) => {
      const request = call.request;
      handler.registerResourceOutputs(request.getUrn(), fromStruct(request.getOutputs())).then(
        () => callback(null, new Empty()),
        (error: Error) => callback({ code: grpc.status.UNKNOWN, details: error.message }),
      );
    }) satisfies Unary<proto.RegisterResourceOutputsRequest, Empty>,
    signalAndWaitForShutdown: ((_call, callback) => {
      handler.signalAndWaitForShutdown().then(
        () => callback(null, new Empty()),
        (error: Error) => callback({ code: grpc.status.UNKNOWN, details: error.message }),
      );
    }) satisfies Unary<Empty, Empty>,
    // TODO: Invoke, Call and ReadResource (static get) are refused: dynamic providers offer no
    // functions and cannot be read by id (pulumi/pulumi#16175); programs that need StackReference
    // or a provider function would need them implemented here.
    invoke: refuse("Invoke"),
    call: refuse("Call"),
    readResource: refuse("ReadResource"),
    getDeploymentInfo: refuse("GetDeploymentInfo"),
    registerStackTransform: refuse("RegisterStackTransform"),
    registerStackInvokeTransform: refuse("RegisterStackInvokeTransform"),
    registerResourceHook: refuse("RegisterResourceHook"),
    registerErrorHook: refuse("RegisterErrorHook"),
    registerPackage: refuse("RegisterPackage"),
  });
  const port = await bindLoopback(server);
  return { address: `127.0.0.1:${port}`, stop: () => shutDown(server) };
}

function refuse(method: string): Unary<unknown, unknown> {
  return (_call, callback) =>
    callback({
      code: grpc.status.UNIMPLEMENTED,
      details: `${method} is not offered by the test engine`,
    });
}

function readRegistration(request: proto.RegisterResourceRequest): Registration {
  const dependencies = new Set(request.getDependenciesList());
  for (const [, propertyDependencies] of request.getPropertydependenciesMap().entries()) {
    for (const urn of propertyDependencies.getUrnsList()) dependencies.add(urn);
  }
  return {
    type: request.getType(),
    name: request.getName(),
    parent: request.getParent(),
    custom: request.getCustom(),
    inputs: fromStruct(request.getObject()),
    dependencies: [...dependencies],
    deleteBeforeReplace: request.getDeletebeforereplace(),
    additionalSecretOutputs: request.getAdditionalsecretoutputsList(),
    ignoreChanges: request.getIgnorechangesList(),
    acceptSecrets: request.getAcceptsecrets(),
  };
}

function toRegisterResponse(result: RegistrationResult): proto.RegisterResourceResponse {
  return new proto.RegisterResourceResponse()
    .setUrn(result.urn)
    .setId(result.id)
    .setObject(toStruct(result.outputs))
    .setResult(proto.Result.SUCCESS);
}
