/**
 * The dynamic provider of VmwareVmImport: one VM imported through POST /externalvmimports.
 *
 * The resource's id is the new VM's id. Refresh checks that the VM still exists (a VM removed
 * outside Pulumi reads as gone, so the next `pulumi up` imports it again). Destroy leaves the VM
 * on the engine, since an imported VM soon holds data of its own, unless `removeOnDestroy` is
 * true.
 *
 * The engine reads the source (URL or VMware parts, user, password, proxy host, drivers ISO) only
 * while importing, so changing those, like `removeOnDestroy`, is kept in state without a request:
 * a VmwareProvider's new password or `verifySsl` must not import every VM again (the new import
 * would fail on the taken VM name, after removing the old VM first with removeOnDestroy). Only
 * what shaped the VM replaces: source kind, source VM, target name, cluster, storage domain,
 * sparse disks, and another engine.
 *
 * This object is the module's whole `module.exports`, so Pulumi stores only a `require` of this
 * file's path in state: keep the path stable.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";

import type { VmwareVmImportInputs } from "../codecs/vmware-vm-import";
import { checkVmwareVmImportInputs, importedVmName } from "../codecs/vmware-vm-import";
import { argumentsToCheck, declaredInputs, outputsAfterInPlaceUpdate } from "../computed-outputs";
import { rememberStackConfig } from "../connection-settings";
import { findVm, removeVm } from "../engine-vms";
import { checkResultWithConnection } from "../check-result";
import { diffImport } from "../import-diff";
import { importVm } from "../import-vm";
import { definedOnly } from "../codecs/engine-json";
import { defaultLogger } from "../logger";
import { engineClientFor } from "../resource-engine-client";

/** Outputs that are no inputs: the imported VM's id and its name in oVirt. */
const computedNames = ["vmId", "vmName"] as const;

/** Arguments read only while importing, or only by this resource: changed in state alone. */
const changedInPlace = [
  "url",
  "vmware",
  "username",
  "password",
  "proxyHost",
  "driversIso",
  "removeOnDestroy",
] as const;

type VmImportOutputs = VmwareVmImportInputs & { vmId: string; vmName: string };

function inputsOf(properties: Record<string, unknown>): VmwareVmImportInputs {
  return declaredInputs<VmwareVmImportInputs>(properties, computedNames);
}

const vmwareVmImportResourceProvider: dynamic.ResourceProvider = {
  async configure(request) {
    rememberStackConfig(request.config);
  },

  async check(_olds, news) {
    const given = argumentsToCheck(news, computedNames);
    return checkResultWithConnection(checkVmwareVmImportInputs(given), given.connection);
  },

  async diff(_id, olds, news) {
    return diffImport(
      {
        computedNames,
        changedInPlace,
        // The old VM keeps its name unless it is removed first.
        deleteFirst: (before, after) =>
          before.removeOnDestroy === true &&
          (before.newName ?? before.sourceVmName) === (after.newName ?? after.sourceVmName),
      },
      olds,
      news,
    );
  },

  async create(properties) {
    const inputs = inputsOf(properties);
    const vm = await importVm(engineClientFor(inputs.connection), inputs, defaultLogger);
    const outs: VmImportOutputs = { ...inputs, vmId: vm.id, vmName: vm.name };
    return { id: vm.id, outs: definedOnly(outs) };
  },

  async read(id, properties) {
    const stored = properties ?? {};
    const inputs = inputsOf(stored);
    const vm = await findVm(engineClientFor(inputs.connection), id);
    if (vm === undefined) {
      return { id: "" };
    }

    // A VM renamed in the portal shows as a new vmName; the declared inputs stay as they were.
    const props = { ...stored, vmName: typeof vm.name === "string" ? vm.name : stored.vmName };
    return { id, props: definedOnly(props), inputs: definedOnly(inputs) };
  },

  async update(_id, olds, news) {
    // Source-side arguments, removeOnDestroy or the engine's credentials: the VM stays as it was.
    return { outs: outputsAfterInPlaceUpdate(olds, news, computedNames) };
  },

  async delete(id, properties) {
    const inputs = inputsOf(properties);
    const name = typeof properties.vmName === "string" ? properties.vmName : importedVmName(inputs);
    if (inputs.removeOnDestroy !== true) {
      defaultLogger.info(`leaving the imported VM ${name} (${id}) on the engine`);
      return;
    }

    await removeVm(engineClientFor(inputs.connection), id, name);
  },
};

export = vmwareVmImportResourceProvider;
