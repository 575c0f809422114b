import test from "ava";

import type { CheckOutcome } from "../../../provider/check-failures";
import { checkExternalNetworkProviderInputs } from "../../../provider/codecs/external-network-provider";
import { checkForemanProviderInputs } from "../../../provider/codecs/foreman-provider";
import { checkOpenStackImageProviderInputs } from "../../../provider/codecs/openstack-image-provider";
import { checkOpenStackNetworkProviderInputs } from "../../../provider/codecs/openstack-network-provider";
import { checkOpenStackVolumeProviderInputs } from "../../../provider/codecs/openstack-volume-provider";

const LIMIT_REASON = "must be at most 200 characters, the engine's limit for provider passwords";
const keystone = { keystoneUrl: "https://keystone.example.com:35357/v2.0", tenantName: "services" };

/** Each kind that takes `authentication`, with arguments valid apart from the password. */
const kinds: Array<[string, (news: unknown) => CheckOutcome<unknown>, Record<string, unknown>]> = [
  ["ForemanProvider", checkForemanProviderInputs, { name: "f1", url: "https://f.example.com" }],
  [
    "OpenStackImageProvider",
    checkOpenStackImageProviderInputs,
    { name: "g1", url: "https://g.example.com:9292", keystone },
  ],
  [
    "OpenStackNetworkProvider",
    checkOpenStackNetworkProviderInputs,
    { name: "n1", url: "https://n.example.com:9696", keystone },
  ],
  [
    "OpenStackVolumeProvider",
    checkOpenStackVolumeProviderInputs,
    { name: "c1", url: "https://c.example.com:8776", dataCenter: "Default", keystone },
  ],
  [
    "ExternalNetworkProvider",
    checkExternalNetworkProviderInputs,
    { name: "o1", url: "https://ovn.example.com:9696" },
  ],
];

function withPassword(valid: Record<string, unknown>, password: string): Record<string, unknown> {
  const { keystone: keystoneFields, ...rest } = valid;
  return {
    ...rest,
    authentication: { username: "admin", password, ...(keystoneFields as object | undefined) },
  };
}

for (const [kind, check, valid] of kinds) {
  test(`${kind} accepts a password of exactly 200 characters`, (t) => {
    const password = "p".repeat(200);
    const outcome = check(withPassword(valid, password));

    t.true(outcome.ok, JSON.stringify(outcome));
    t.is(
      outcome.ok
        ? (outcome.inputs as { authentication: { password: string } }).authentication.password
        : "",
      password,
    );
  });

  test(`${kind} refuses a password of 201 characters`, (t) => {
    t.deepEqual(check(withPassword(valid, "p".repeat(201))), {
      ok: false,
      failures: [{ property: "authentication.password", reason: LIMIT_REASON }],
    });
  });
}
