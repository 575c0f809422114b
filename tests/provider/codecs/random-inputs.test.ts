/**
 * Property tests over all kinds: whatever Pulumi hands to check, it answers without throwing,
 * and no failure ever carries a secret, wherever the secret was put.
 */
import test from "ava";
import fc from "fast-check";

import type { CheckOutcome } from "../../../provider/check-failures";
import { checkExternalNetworkProviderInputs } from "../../../provider/codecs/external-network-provider";
import { checkForemanProviderInputs } from "../../../provider/codecs/foreman-provider";
import {
  checkOpenStackImageProviderInputs,
  openStackImageProviderToEngine,
} from "../../../provider/codecs/openstack-image-provider";
import { checkOpenStackNetworkProviderInputs } from "../../../provider/codecs/openstack-network-provider";
import { checkOpenStackVolumeProviderInputs } from "../../../provider/codecs/openstack-volume-provider";
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import { checkVmwareProviderInputs } from "../../../provider/codecs/vmware-provider";

const checks: Array<[string, (news: unknown) => CheckOutcome<unknown>]> = [
  ["ForemanProvider", checkForemanProviderInputs],
  ["OpenStackImageProvider", checkOpenStackImageProviderInputs],
  ["OpenStackNetworkProvider", checkOpenStackNetworkProviderInputs],
  ["OpenStackVolumeProvider", checkOpenStackVolumeProviderInputs],
  ["ExternalNetworkProvider", checkExternalNetworkProviderInputs],
  ["VmwareProvider", checkVmwareProviderInputs],
];

const RUNS = 150;

/** Secrets carry a marker no message of ours contains, and are short enough to be quoted. */
const secret = fc.stringMatching(/^SECRET_[A-Za-z0-9]{1,20}$/);

/** Values a user might plausibly write, wrong or right, beside arbitrary ones. */
const someValue = fc.oneof(
  fc.anything({ maxDepth: 1 }),
  fc.constant(UNKNOWN_VALUE),
  fc.constantFrom("admin", "https://host.example.com:9696", "http://k.example.com:5000/v3", "a:b"),
  fc.boolean(),
  fc.integer({ min: -10, max: 70000 }),
);

const argumentNames = [
  "name",
  "description",
  "url",
  "pluginType",
  "readOnly",
  "autoSync",
  "unmanaged",
  "dataCenter",
  "vcenter",
  "esxiHost",
  "cluster",
  "verifySsl",
  "proxyHost",
  "destinationDataCenter",
  "username",
  "adoptExisting",
  "testConnectivity",
  "trustPresentedCertificate",
  "properties",
  "descripton",
  "tenantName",
];

const authentication = fc.oneof(
  secret,
  fc.record(
    {
      username: someValue,
      password: fc.oneof(secret, fc.array(secret, { maxLength: 2 })),
      keystoneUrl: someValue,
      tenantName: someValue,
      userDomainName: someValue,
      passwrd: secret,
      pasword: fc.record({ inner: secret }),
    },
    { requiredKeys: ["password"] },
  ),
);

/** Arguments shaped like a resource's, with secrets in every secret place and some wrong ones. */
const argumentsWithSecrets = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...argumentNames), someValue, { maxKeys: 10 }),
    fc.record(
      {
        authentication,
        password: secret,
        passwrod: secret,
        connection: fc.record(
          { url: someValue, username: someValue, password: secret, insecure: someValue },
          { requiredKeys: ["password"] },
        ),
        agentConfiguration: fc.record(
          { interfaceMappings: someValue, port: someValue, password: secret },
          { requiredKeys: ["password"] },
        ),
        authenticationKeys: fc.array(
          fc.oneof(
            secret,
            fc.record(
              { uuid: someValue, value: secret, vaule: secret },
              { requiredKeys: ["value"] },
            ),
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([plain, secretParts]) => ({ ...plain, ...secretParts }));

for (const [kind, check] of checks) {
  test(`${kind} answers any value without throwing`, (t) => {
    t.notThrows(() =>
      fc.assert(
        fc.property(fc.anything({ maxDepth: 3 }), (news) => {
          const outcome = check(news);
          return outcome.ok ? outcome.inputs !== undefined : outcome.failures.length > 0;
        }),
        { numRuns: RUNS },
      ),
    );
  });

  test(`${kind} never echoes a secret in a failure`, (t) => {
    t.notThrows(() =>
      fc.assert(
        fc.property(argumentsWithSecrets, (news) => {
          const outcome = check(news);
          return outcome.ok || !JSON.stringify(outcome.failures).includes("SECRET_");
        }),
        { numRuns: RUNS },
      ),
    );
  });
}

test("any valid name and Glance port round-trip into the engine body", (t) => {
  t.notThrows(() =>
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9A-Za-z_-]{1,128}$/),
        fc.integer({ min: 1, max: 65535 }),
        (name, port) => {
          const url = `https://glance.example.com:${port}`;
          const outcome = checkOpenStackImageProviderInputs({ name, url });
          if (!outcome.ok) {
            return false;
          }

          const body = openStackImageProviderToEngine(outcome.inputs);
          return body.name === name && body.url === url;
        },
      ),
      { numRuns: RUNS },
    ),
  );
});

test("any mix of unknown values in a valid Neutron provider still passes", (t) => {
  const valid: Record<string, unknown> = {
    name: "neutron1",
    url: "http://neutron.example.com:9696",
    readOnly: false,
    authentication: {
      username: "neutron",
      password: "s3cret",
      keystoneUrl: "http://keystone.example.com:35357/v2.0",
      tenantName: "services",
    },
    agentConfiguration: { interfaceMappings: ["physnet1:eth1"], host: "broker.example.com" },
  };

  t.notThrows(() =>
    fc.assert(
      fc.property(
        fc.subarray(["name", "url", "readOnly", "authentication", "agentConfiguration"]),
        fc.subarray(["username", "password", "keystoneUrl", "tenantName"]),
        (topLevel, nested) => {
          const authenticationArgument = { ...(valid.authentication as object) } as Record<
            string,
            unknown
          >;
          for (const name of nested) {
            authenticationArgument[name] = UNKNOWN_VALUE;
          }

          const news: Record<string, unknown> = {
            ...valid,
            authentication: authenticationArgument,
          };
          for (const name of topLevel) {
            news[name] = UNKNOWN_VALUE;
          }

          return checkOpenStackNetworkProviderInputs(news).ok;
        },
      ),
      { numRuns: RUNS },
    ),
  );
});
