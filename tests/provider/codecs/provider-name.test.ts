import test from "ava";

import type { CheckOutcome } from "../../../provider/check-failures";
import { checkExternalNetworkProviderInputs } from "../../../provider/codecs/external-network-provider";
import { checkForemanProviderInputs } from "../../../provider/codecs/foreman-provider";
import { checkOpenStackImageProviderInputs } from "../../../provider/codecs/openstack-image-provider";
import { checkOpenStackNetworkProviderInputs } from "../../../provider/codecs/openstack-network-provider";
import { checkOpenStackVolumeProviderInputs } from "../../../provider/codecs/openstack-volume-provider";
import { checkVmwareProviderInputs } from "../../../provider/codecs/vmware-provider";

/** Each kind with arguments that are valid apart from the name. */
const kinds: Array<[string, (news: unknown) => CheckOutcome<unknown>, Record<string, unknown>]> = [
  [
    "ForemanProvider",
    checkForemanProviderInputs,
    {
      url: "https://foreman.example.com",
      authentication: { username: "admin", password: "s3cret" },
    },
  ],
  [
    "OpenStackImageProvider",
    checkOpenStackImageProviderInputs,
    { url: "https://g.example.com:9292" },
  ],
  [
    "OpenStackNetworkProvider",
    checkOpenStackNetworkProviderInputs,
    { url: "https://n.example.com:9696" },
  ],
  [
    "OpenStackVolumeProvider",
    checkOpenStackVolumeProviderInputs,
    { url: "https://c.example.com:8776", dataCenter: "Default" },
  ],
  [
    "ExternalNetworkProvider",
    checkExternalNetworkProviderInputs,
    { url: "https://ovn.example.com:9696" },
  ],
  [
    "VmwareProvider",
    checkVmwareProviderInputs,
    {
      vcenter: "vcenter.example.com",
      esxiHost: "esxi01.example.com",
      dataCenter: "Datacenter",
      username: "administrator@vsphere.local",
      password: "s3cret",
    },
  ],
];

for (const [kind, check, valid] of kinds) {
  test(`${kind} accepts a name of exactly 128 characters, the engine's column size`, (t) => {
    const name = `a${"-_9Z".repeat(31)}bcd`;
    const reference = check({ ...valid, name: "x" });
    if (!reference.ok) {
      t.fail(JSON.stringify(reference.failures));
      return;
    }

    t.is(name.length, 128);
    t.deepEqual(check({ ...valid, name }), {
      ok: true,
      inputs: { ...(reference.inputs as object), name },
    });
  });

  test(`${kind} refuses a name of 129 characters`, (t) => {
    t.deepEqual(check({ ...valid, name: "n".repeat(129) }), {
      ok: false,
      failures: [{ property: "name", reason: "must be at most 128 characters (it has 129)" }],
    });
  });
}
