/**
 * The dynamic provider of VmwareProvider, a resource that lives only in Pulumi state.
 *
 * The engine's REST API has no collection for VMware providers (engine-api.md section 1.2): the
 * Administration Portal stores them through an internal channel that REST does not expose, and the
 * only REST route to VMware is POST /externalvmimports, which takes the virt-v2v URL and the
 * credentials inline. So create and update compose that URL and keep it with the checked inputs,
 * read re-checks what is stored, and delete forgets it; no request ever goes to an engine.
 *
 * This object is the module's whole `module.exports`, so Pulumi stores only a `require` of this
 * file's path in state: keep the path stable.
 */
import { randomUUID } from "node:crypto";

import type * as dynamic from "@pulumi/pulumi/dynamic";

import type { VmwareProviderInputs } from "../codecs/vmware-provider";
import { checkVmwareProviderInputs, vmwareProviderUrl } from "../codecs/vmware-provider";
import { argumentsToCheck, declaredInputs } from "../computed-outputs";
import { changedInputNames } from "../diff-properties";

/** Outputs computed here: the virt-v2v source URL. */
const computedNames = ["url"] as const;

type VmwareProviderOutputs = VmwareProviderInputs & { url: string };

function outputsFor(inputs: VmwareProviderInputs): VmwareProviderOutputs {
  return { ...inputs, url: vmwareProviderUrl(inputs) };
}

/** The stored inputs, checked again; throws naming every rule they no longer meet. */
function storedInputs(properties: Record<string, unknown>): VmwareProviderInputs {
  const outcome = checkVmwareProviderInputs(declaredInputs(properties, computedNames));
  if (outcome.ok) {
    return outcome.inputs;
  }

  const problems = outcome.failures.map((failure) => `${failure.property} ${failure.reason}`);
  throw new Error(
    `The VmwareProvider kept in Pulumi state no longer passes its checks: ` +
      `${problems.join("; ")}. Correct the arguments in the program and run pulumi up.`,
  );
}

const vmwareProviderResourceProvider: dynamic.ResourceProvider = {
  async check(_olds, news) {
    const outcome = checkVmwareProviderInputs(argumentsToCheck(news, computedNames));
    return outcome.ok ? { inputs: outcome.inputs } : { failures: outcome.failures };
  },

  async diff(_id, olds, news) {
    const changed = changedInputNames(
      declaredInputs(olds, computedNames),
      declaredInputs(news, computedNames),
    );
    // Nothing exists outside Pulumi state, so every change is made in place.
    return { changes: changed.length > 0, replaces: [], deleteBeforeReplace: false };
  },

  async create(properties) {
    return { id: randomUUID(), outs: outputsFor(storedInputs(properties)) };
  },

  async read(id, properties) {
    const stored = properties ?? {};
    storedInputs(stored);
    return { id, props: stored, inputs: declaredInputs(stored, computedNames) };
  },

  async update(_id, _olds, news) {
    return { outs: outputsFor(storedInputs(news)) };
  },

  async delete() {
    // Only Pulumi state holds a VmwareProvider; removing it from state is all there is to do.
  },
};

export = vmwareProviderResourceProvider;
