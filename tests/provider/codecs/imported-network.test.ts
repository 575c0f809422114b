import test from "ava";

import { checkImportedNetworkInputs } from "../../../provider/codecs/imported-network";
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import { failuresOf, refusesEach } from "./check-table";

const PROVIDER_ID = "6b4d7a52-8c3e-4f1a-9d2b-0e5f7c8a1b3d";
const valid = { providerId: PROVIDER_ID, networkName: "tenant-net", dataCenter: "Default" };

refusesEach("ImportedNetwork", checkImportedNetworkInputs, [
  {
    title: "every required argument missing at once",
    input: {},
    failures: failuresOf(
      ["providerId", "is required"],
      ["dataCenter", "is required"],
      [
        "networkName",
        "is required: give the network's name, or its provider-side id as providerNetworkId",
      ],
    ),
  },
  {
    title: "a provider given by name",
    input: { ...valid, providerId: "ovirt-provider-ovn" },
    failures: failuresOf([
      "providerId",
      'must be the engine\'s id of the network provider (a UUID), e.g. the providerId of an ExternalNetworkProvider or OpenStackNetworkProvider (got "ovirt-provider-ovn")',
    ]),
  },
  {
    title: "both a network name and a network id",
    input: { ...valid, providerNetworkId: "4a6c3b1e" },
    failures: failuresOf([
      "providerNetworkId",
      "cannot be combined with networkName; give one of them",
    ]),
  },
  {
    title: "an empty data center",
    input: { ...valid, dataCenter: "" },
    failures: failuresOf(["dataCenter", "must not be empty"]),
  },
  {
    title: "a misspelt network name, suggesting the right one",
    input: { providerId: PROVIDER_ID, dataCenter: "Default", networkNmae: "x" },
    failures: failuresOf(
      ["networkNmae", 'is not an argument of ImportedNetwork; did you mean "networkName"?'],
      [
        "networkName",
        "is required: give the network's name, or its provider-side id as providerNetworkId",
      ],
    ),
  },
]);

test("ImportedNetwork accepts a network by its provider-side id", (t) => {
  const input = { providerId: PROVIDER_ID, providerNetworkId: "4a6c3b1e", dataCenter: "Default" };

  t.deepEqual(checkImportedNetworkInputs(input), { ok: true, inputs: input });
});

test("ImportedNetwork lets a provider id unknown at preview pass", (t) => {
  t.true(checkImportedNetworkInputs({ ...valid, providerId: UNKNOWN_VALUE }).ok);
});
