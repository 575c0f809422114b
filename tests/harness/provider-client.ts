// A typed client for a resource provider plugin, doing on each call what Pulumi's engine does
// around it: strip secrets before sending (the dynamic-provider plugin answers Configure with
// acceptSecrets=false), convert to and from Structs, then re-mark as secret every output whose
// input was secret and every name in additionalSecretOutputs. Results are therefore what the
// engine would store in state.
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import type { PluginInfo } from "@pulumi/pulumi/proto/plugin_pb";
import { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as proto from "@pulumi/pulumi/proto/provider_pb";

import { isProviderCallError, toProviderCallError } from "./provider-call-error";
import type { PropertyMap } from "./property-values";
import { annotateSecrets, markSecretOutputs, secret, stripSecrets } from "./property-values";
import { fromStruct, toStruct } from "./struct-values";
import { nameOfUrn, typeOfUrn } from "./urn";

export interface ResourceRef {
  urn: string;
  /** Defaults to the name part of the URN. */
  name?: string;
  /** Defaults to the type part of the URN. */
  type?: string;
}

export interface StackConfig {
  /** Every stack config value under its full key, e.g. {"ovirt:url": "https://..."}. */
  values: Record<string, string>;
  /** Keys whose values are secrets. */
  secretKeys?: readonly string[];
}

export interface CheckFailure {
  property: string;
  reason: string;
}

export interface CheckResult {
  inputs: PropertyMap;
  failures: CheckFailure[];
}

export type DiffChanges = "unknown" | "none" | "some";

export interface DiffResult {
  changes: DiffChanges;
  replaces: string[];
  deleteBeforeReplace: boolean;
}

export interface CreateResult {
  id: string;
  outputs: PropertyMap;
}

export interface ReadResult {
  /** "" when the provider reports the resource gone. */
  id: string;
  outputs: PropertyMap;
  /** Only when the provider returned inputs (refresh then keeps them for the next diff). */
  inputs?: PropertyMap;
}

export interface SecretOptions {
  /** Output names to store as secrets whatever the inputs were. */
  additionalSecretOutputs?: readonly string[];
}

const DIFF_CHANGES: Record<proto.DiffResponse.DiffChanges, DiffChanges> = {
  [proto.DiffResponse.DiffChanges.DIFF_UNKNOWN]: "unknown",
  [proto.DiffResponse.DiffChanges.DIFF_NONE]: "none",
  [proto.DiffResponse.DiffChanges.DIFF_SOME]: "some",
};

type Callback<Response> = (error: grpc.ServiceError | null, response: Response) => void;

export class ProviderClient {
  private readonly client: ResourceProviderClient;

  constructor(readonly address: string) {
    this.client = new ResourceProviderClient(address, grpc.credentials.createInsecure());
  }

  /** The plugin's version (the SDK's version for the dynamic-provider plugin). */
  async getPluginInfo(): Promise<string> {
    const info = await this.unary<PluginInfo>("GetPluginInfo", (callback) =>
      this.client.getPluginInfo(new Empty(), callback),
    );
    return info.getVersion();
  }

  /**
   * Validates provider configuration. The dynamic-provider plugin does not implement it; the
   * engine then takes the news as they are, and so does this method.
   */
  async checkConfig(resource: ResourceRef, olds: PropertyMap, news: PropertyMap) {
    const request = this.withResource(new proto.CheckRequest(), resource)
      .setOlds(toStruct(stripSecrets(olds)))
      .setNews(toStruct(stripSecrets(news)));
    try {
      const response = await this.unary<proto.CheckResponse>("CheckConfig", (callback) =>
        this.client.checkConfig(request, callback),
      );
      return { inputs: annotateSecrets(fromStruct(response.getInputs()), news), failures: [] };
    } catch (error) {
      if (isProviderCallError(error) && error.code === grpc.status.UNIMPLEMENTED) {
        return { inputs: news, failures: [] };
      }
      throw error;
    }
  }

  /**
   * Sends the stack configuration as the engine does for the dynamic-provider plugin: every key
   * with its namespace, in `variables` as strings and in `args` with secrets wrapped (the plugin
   * reads only `args` and unwraps secrets, cmd/dynamic-provider/index.js:96-113).
   */
  async configure(provider: ResourceRef, config: StackConfig) {
    const secretKeys = new Set(config.secretKeys ?? []);
    const args = Object.fromEntries(
      Object.entries(config.values).map(([key, value]) => [
        key,
        secretKeys.has(key) ? secret(value) : value,
      ]),
    );
    const request = new proto.ConfigureRequest()
      .setArgs(toStruct(args))
      .setAcceptsecrets(true)
      .setAcceptresources(true)
      .setSendsOldInputs(true)
      .setSendsOldInputsToDelete(true)
      .setUrn(provider.urn)
      .setName(provider.name ?? "default")
      .setType(provider.type ?? "pulumi:providers:pulumi-nodejs");
    for (const [key, value] of Object.entries(config.values)) {
      request.getVariablesMap().set(key, value);
    }
    const response = await this.unary<proto.ConfigureResponse>("Configure", (callback) =>
      this.client.configure(request, callback),
    );
    return {
      acceptSecrets: response.getAcceptsecrets(),
      supportsPreview: response.getSupportspreview(),
    };
  }

  async check(resource: ResourceRef, olds: PropertyMap, news: PropertyMap): Promise<CheckResult> {
    const request = this.withResource(new proto.CheckRequest(), resource)
      .setOlds(toStruct(stripSecrets(olds)))
      .setNews(toStruct(stripSecrets(news)));
    const response = await this.unary<proto.CheckResponse>("Check", (callback) =>
      this.client.check(request, callback),
    );
    return {
      inputs: annotateSecrets(fromStruct(response.getInputs()), news),
      failures: response.getFailuresList().map((failure) => ({
        property: failure.getProperty(),
        reason: failure.getReason(),
      })),
    };
  }

  /** `olds` are the stored outputs, `news` the checked inputs, `oldInputs` the stored inputs. */
  async diff(
    resource: ResourceRef & { id: string },
    olds: PropertyMap,
    news: PropertyMap,
    oldInputs: PropertyMap = {},
  ): Promise<DiffResult> {
    const request = this.withResource(new proto.DiffRequest(), resource)
      .setId(resource.id)
      .setOlds(toStruct(stripSecrets(olds)))
      .setNews(toStruct(stripSecrets(news)))
      .setOldInputs(toStruct(stripSecrets(oldInputs)));
    const response = await this.unary<proto.DiffResponse>("Diff", (callback) =>
      this.client.diff(request, callback),
    );
    return {
      changes: DIFF_CHANGES[response.getChanges()],
      replaces: response.getReplacesList(),
      deleteBeforeReplace: response.getDeletebeforereplace(),
    };
  }

  async create(
    resource: ResourceRef,
    inputs: PropertyMap,
    options: SecretOptions & { preview?: boolean } = {},
  ): Promise<CreateResult> {
    const request = this.withResource(new proto.CreateRequest(), resource)
      .setProperties(toStruct(stripSecrets(inputs)))
      .setPreview(options.preview ?? false);
    const response = await this.unary<proto.CreateResponse>("Create", (callback) =>
      this.client.create(request, callback),
    );
    return {
      id: response.getId(),
      outputs: storedOutputs(fromStruct(response.getProperties()), inputs, options),
    };
  }

  /** `outputs` and `inputs` are what state holds for the resource. */
  async read(
    resource: ResourceRef & { id: string },
    outputs: PropertyMap,
    inputs: PropertyMap = {},
    options: SecretOptions = {},
  ): Promise<ReadResult> {
    const request = this.withResource(new proto.ReadRequest(), resource)
      .setId(resource.id)
      .setProperties(toStruct(stripSecrets(outputs)))
      .setInputs(toStruct(stripSecrets(inputs)));
    const response = await this.unary<proto.ReadResponse>("Read", (callback) =>
      this.client.read(request, callback),
    );
    const newInputs = response.getInputs();
    return {
      id: response.getId(),
      outputs: storedOutputs(fromStruct(response.getProperties()), outputs, options),
      inputs: newInputs && annotateSecrets(fromStruct(newInputs), inputs),
    };
  }

  /** `olds` are the stored outputs, `news` the checked inputs. */
  async update(
    resource: ResourceRef & { id: string },
    olds: PropertyMap,
    news: PropertyMap,
    options: SecretOptions & { oldInputs?: PropertyMap; preview?: boolean } = {},
  ): Promise<{ outputs: PropertyMap }> {
    const request = this.withResource(new proto.UpdateRequest(), resource)
      .setId(resource.id)
      .setOlds(toStruct(stripSecrets(olds)))
      .setNews(toStruct(stripSecrets(news)))
      .setOldInputs(toStruct(stripSecrets(options.oldInputs ?? {})))
      .setPreview(options.preview ?? false);
    const response = await this.unary<proto.UpdateResponse>("Update", (callback) =>
      this.client.update(request, callback),
    );
    return { outputs: storedOutputs(fromStruct(response.getProperties()), news, options) };
  }

  /** `outputs` and `inputs` are what state holds for the resource. */
  async delete(
    resource: ResourceRef & { id: string },
    outputs: PropertyMap,
    inputs: PropertyMap = {},
  ): Promise<void> {
    const request = this.withResource(new proto.DeleteRequest(), resource)
      .setId(resource.id)
      .setProperties(toStruct(stripSecrets(outputs)))
      .setOldInputs(toStruct(stripSecrets(inputs)));
    await this.unary<Empty>("Delete", (callback) => this.client.delete(request, callback));
  }

  close(): void {
    this.client.close();
  }

  private withResource<
    Request extends {
      setUrn(urn: string): Request;
      setName(n: string): Request;
      setType(t: string): Request;
    },
  >(request: Request, resource: ResourceRef): Request {
    return request
      .setUrn(resource.urn)
      .setName(resource.name ?? nameOfUrn(resource.urn))
      .setType(resource.type ?? typeOfUrn(resource.urn));
  }

  private unary<Response>(
    method: string,
    send: (callback: Callback<Response>) => void,
  ): Promise<Response> {
    return new Promise((resolve, reject) =>
      send((error, response) =>
        error ? reject(toProviderCallError(method, error)) : resolve(response),
      ),
    );
  }
}

function storedOutputs(outputs: PropertyMap, inputs: PropertyMap, options: SecretOptions) {
  return markSecretOutputs(annotateSecrets(outputs, inputs), options.additionalSecretOutputs ?? []);
}
