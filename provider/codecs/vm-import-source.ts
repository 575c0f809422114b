/**
 * Where an external VM import reads from: a VMware vCenter (vpx://), a KVM host (qemu...://) or a
 * Xen host (xen+ssh://), all through the engine's one route POST /externalvmimports. The URL is
 * what virt-v2v takes as its input connection; the engine passes it on unchanged, so only the
 * scheme is checked here, against the declared source.
 */
import { controlCharacterReason, forbiddenControlCharacter } from "./control-characters";
import { HostAddress } from "./host-address";
import {
  accept,
  argumentCodec,
  booleanArgument,
  oneOf,
  refuse,
  textArgument,
} from "./scalar-arguments";
import { strictObject } from "./strict-object";

export const vmImportSources = ["vmware", "kvm", "xen"] as const;
export type VmImportSource = (typeof vmImportSources)[number];

export const VmImportSourceArgument = oneOf("source", vmImportSources);

/** The URL schemes virt-v2v accepts for each source, with an example for messages. */
export const sourceUrlSchemes: Readonly<
  Record<VmImportSource, { schemes: readonly string[]; example: string }>
> = {
  vmware: {
    schemes: ["vpx:"],
    example: "vpx://administrator%40vsphere.local@vcenter.example.com/Datacenter/esxi01",
  },
  kvm: {
    schemes: ["qemu:", "qemu+ssh:", "qemu+tcp:", "qemu+tls:"],
    example: "qemu+ssh://root@kvm.example.com/system",
  },
  xen: { schemes: ["xen+ssh:"], example: "xen+ssh://root@xen.example.com" },
};

/** The scheme of a URL such as `vpx://...`, lower-cased with its colon; undefined if none. */
export function urlScheme(url: string): string | undefined {
  return /^([A-Za-z][A-Za-z0-9+.-]*:)\/\//.exec(url)?.[1]?.toLowerCase();
}

const URL_MAX_LENGTH = 2048;

export const SourceUrl = argumentCodec<string>("virt-v2v source URL", (value) => {
  if (typeof value !== "string" || value === "") {
    return refuse(
      "must be a virt-v2v source URL such as vpx://..., qemu+ssh://... or xen+ssh://...",
    );
  }

  const control = forbiddenControlCharacter(value, "none");
  if (control !== undefined) {
    return refuse(controlCharacterReason(control, "none"), false);
  }

  if (value.length > URL_MAX_LENGTH || /\s/.test(value) || urlScheme(value) === undefined) {
    return refuse(
      `must be a URL of at most ${URL_MAX_LENGTH} characters without spaces, ` +
        "starting with a scheme such as vpx://",
      false,
    );
  }

  return accept(value);
});

const VmwareInventoryName = textArgument("VMware inventory name", { maxLength: 255 });

/** The parts of a vpx:// URL, for an import that does not use a VmwareProvider's URL. */
export const VmwareSourceParts = strictObject({
  label: "vmware",
  expectation: "must be an object with vcenter, esxiHost and dataCenter",
  required: { vcenter: HostAddress, esxiHost: HostAddress, dataCenter: VmwareInventoryName },
  optional: { cluster: VmwareInventoryName, verifySsl: booleanArgument },
});
