/**
 * Runs the SDK's resource classes under `pulumi.runtime.setMocks` and records what each one
 * registers: its inputs as the engine would receive them (secrets still wrapped) and its
 * resource options.
 *
 * Mocks never call the provider, but `pulumi.dynamic.Resource` still serializes it, and from
 * TypeScript sources (outside node_modules) that means a copy by value, which the closure
 * serializer refuses. So serialization is stubbed here; the real, installed-package path is
 * proven by the plugin tests (tests/provider/plugin-*.test.ts).
 */
import * as pulumi from "@pulumi/pulumi";

const CLOSURE_MODULE = "@pulumi/pulumi/runtime/closure/serializeClosure";

/**
 * The SDK's internal closure module, whose `serializeFunction` dynamic resources look up at call
 * time. It is not public API, and CI's second pass runs the newest @pulumi/pulumi, so a move or
 * rename stops every SDK test here with what changed instead of leaving the stub unapplied.
 */
function closureModule(): { serializeFunction: unknown } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version = (require("@pulumi/pulumi/package.json") as { version: string }).version;
  let closure: { serializeFunction?: unknown };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    closure = require(CLOSURE_MODULE) as { serializeFunction?: unknown };
  } catch (error) {
    throw new Error(
      `tests/sdk/mocked-registrations.ts cannot stub provider serialization: @pulumi/pulumi ` +
        `${version} has no module ${CLOSURE_MODULE} (${String(error)}); find where ` +
        `pulumi.dynamic.Resource now serializes its provider and patch that instead`,
    );
  }

  if (typeof closure.serializeFunction !== "function") {
    throw new Error(
      `tests/sdk/mocked-registrations.ts cannot stub provider serialization: ${CLOSURE_MODULE} ` +
        `in @pulumi/pulumi ${version} no longer exports a serializeFunction function; find ` +
        `where pulumi.dynamic.Resource now serializes its provider and patch that instead`,
    );
  }
  return closure as { serializeFunction: unknown };
}

const STUBBED_PROVIDER = "stubbed provider";

closureModule().serializeFunction = async () => ({
  text: STUBBED_PROVIDER,
  containsSecrets: false,
});

export interface Registration {
  type: string;
  name: string;
  /** The registered inputs; a secret is `{ [specialSigKey]: specialSecretSig, value }`. */
  inputs: Record<string, unknown>;
}

const registrations: Registration[] = [];

/** What the mocked engine adds to a resource's state beyond its inputs. */
let computedState: (registration: Registration) => Record<string, unknown> = () => ({});

pulumi.runtime.setMocks(
  {
    newResource(args) {
      // Were the stub bypassed, the resource would carry another provider text (or none).
      if (
        args.type.startsWith("pulumi-nodejs:dynamic/") &&
        args.inputs.__provider !== STUBBED_PROVIDER
      ) {
        throw new Error(
          `${args.type} ${args.name} was registered without the stubbed provider: ` +
            `pulumi.dynamic.Resource no longer serializes through ${CLOSURE_MODULE}`,
        );
      }

      const registration = { type: args.type, name: args.name, inputs: args.inputs };
      registrations.push(registration);
      return {
        id: `${args.name}-id`,
        state: { ...args.inputs, ...computedState(registration) },
      };
    },
    call: () => ({}),
  },
  "sdk-test",
  "test",
  false,
);

/** Sets what the mocked engine returns beside the inputs, for every later registration. */
export function setComputedState(
  compute: (registration: Registration) => Record<string, unknown>,
): void {
  computedState = compute;
}

/** True when a registered input value is wrapped as a secret. */
export function isRegisteredSecret(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>)[pulumi.runtime.specialSigKey] ===
      pulumi.runtime.specialSecretSig
  );
}

/** Waits until the resource is registered and returns what it registered. */
export async function registrationOf(resource: pulumi.CustomResource): Promise<Registration> {
  const urn = await settled(resource.urn);
  const name = urn.split("::").pop();
  const found = registrations.find((registration) => registration.name === name);
  if (found === undefined) {
    throw new Error(`no registration recorded for ${urn}`);
  }

  return found;
}

/**
 * The value of an output once known. The SDK's own promise is used because `apply` never runs
 * on a rejected output, which would leave the test waiting instead of failing.
 */
export function settled<T>(output: pulumi.Output<T>): Promise<T> {
  return (output as unknown as { promise(): Promise<T> }).promise();
}

/**
 * Resource options that record the options a class finally registers with (after it added its
 * own, such as additionalSecretOutputs), through a transformation, which runs in the SDK.
 */
export function recordingOptions(): {
  options: pulumi.CustomResourceOptions;
  registered: () => pulumi.CustomResourceOptions | undefined;
} {
  let seen: pulumi.CustomResourceOptions | undefined;
  return {
    options: {
      transformations: [
        (args) => {
          seen = args.opts as pulumi.CustomResourceOptions;
          return undefined;
        },
      ],
    },
    registered: () => seen,
  };
}

/** The names of a resource object's outputs, without Pulumi's urn and id and the provider. */
export function outputNamesOf(resource: object): string[] {
  return Object.entries(resource)
    .filter(([name, value]) => pulumi.Output.isInstance(value) && !["urn", "id"].includes(name))
    .map(([name]) => name)
    .filter((name) => name !== "__provider")
    .sort();
}
