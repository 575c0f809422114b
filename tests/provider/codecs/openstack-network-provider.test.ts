import test from "ava";

import {
  checkOpenStackNetworkProviderInputs,
  openStackNetworkProviderFromEngine,
  openStackNetworkProviderSecretPaths,
  openStackNetworkProviderToEngine,
} from "../../../provider/codecs/openstack-network-provider";
import { UNKNOWN_VALUE } from "../../../provider/codecs/unknown-value";
import { failuresOf, refusesEach } from "./check-table";

const valid = {
  name: "neutron1",
  url: "http://neutron.example.com:9696",
};

const authentication = {
  username: "neutron",
  password: "s3cret",
  keystoneUrl: "http://keystone.example.com:35357/v2.0",
  tenantName: "services",
};

const agentConfiguration = { interfaceMappings: "physnet1:eth1" };

function withArguments(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, ...changes };
}

function withAuthentication(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, authentication: { ...authentication, ...changes } };
}

function withAgent(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...valid, agentConfiguration: { ...agentConfiguration, ...changes } };
}

const NEEDS_KEYSTONE =
  "is required: OpenStack Networking providers with authentication need a Keystone URL, e.g. https://keystone.example.com:35357/v3";
const NEEDS_SCOPE =
  "is required: OpenStack Networking providers with authentication need tenantName (Keystone v2.0) or userDomainName (Keystone v3)";
const MAPPING_RULE =
  'must be label:interface pairs, each part 1 to 15 characters without ":", "," or spaces, e.g. "physnet1:eth1"';
const ONLY_V3 = "only applies to Keystone v3, but keystoneUrl ends in /v2.0; use tenantName there";

refusesEach("OpenStackNetworkProvider", checkOpenStackNetworkProviderInputs, [
  {
    title: "a url without a port, with Neutron's port in the hint",
    input: withArguments({ url: "http://neutron.example.com" }),
    failures: failuresOf([
      "url",
      'OpenStack Networking provider URLs need a port, e.g. https://neutron.example.com:9696 (got "http://neutron.example.com")',
    ]),
  },
  {
    title: "a plugin type other than Open vSwitch",
    input: withArguments({ pluginType: "linux_bridge" }),
    failures: failuresOf([
      "pluginType",
      'must be "open_vswitch" (the only Neutron plugin the engine knows; for other plugins use ExternalNetworkProvider) (got "linux_bridge")',
    ]),
  },
  {
    title: "the plugin type in the engine's upper case",
    input: withArguments({ pluginType: "OPEN_VSWITCH" }),
    failures: failuresOf([
      "pluginType",
      'must be "open_vswitch" (the only Neutron plugin the engine knows; for other plugins use ExternalNetworkProvider) (got "OPEN_VSWITCH")',
    ]),
  },
  {
    title: "a read-only flag given as a string",
    input: withArguments({ readOnly: "true" }),
    failures: failuresOf(["readOnly", 'must be true or false (got "true")']),
  },
  {
    title: "an auto-sync flag given as a number",
    input: withArguments({ autoSync: 1 }),
    failures: failuresOf(["autoSync", "must be true or false (got 1)"]),
  },
  {
    title: "the unmanaged flag of external providers",
    input: withArguments({ unmanaged: false }),
    failures: failuresOf(["unmanaged", "applies only to ExternalNetworkProvider"]),
  },
  {
    title: "authentication without a Keystone URL or tenant, with both missing at once",
    input: withArguments({ authentication: { username: "neutron", password: "s3cret" } }),
    failures: failuresOf(
      ["authentication.keystoneUrl", NEEDS_KEYSTONE],
      ["authentication.tenantName", NEEDS_SCOPE],
    ),
  },
  {
    title: "a Keystone v3 URL without a user domain or tenant",
    input: withAuthentication({
      keystoneUrl: "https://keystone.example.com:5000/v3",
      tenantName: undefined,
    }),
    failures: failuresOf(["authentication.userDomainName", NEEDS_SCOPE]),
  },
  {
    title: "a Keystone v2.0 URL without a tenant",
    input: withAuthentication({ tenantName: undefined }),
    failures: failuresOf([
      "authentication.tenantName",
      "is required with a Keystone v2.0 keystoneUrl",
    ]),
  },
  {
    title: "Keystone v3 names beside a Keystone v2.0 URL",
    input: withAuthentication({ userDomainName: "Default", projectName: "services" }),
    failures: failuresOf(
      ["authentication.userDomainName", ONLY_V3],
      ["authentication.projectName", ONLY_V3],
    ),
  },
  {
    title: "authentication without a username",
    input: withAuthentication({ username: undefined }),
    failures: failuresOf(["authentication.username", "is required"]),
  },
  {
    title: "a password that is not a string, without quoting it",
    input: withAuthentication({ password: 12345 }),
    failures: failuresOf(["authentication.password", "must be a string"]),
  },
  {
    title: "a misspelt tenant name, suggesting the right one",
    input: withAuthentication({ tenantNmae: "services" }),
    failures: failuresOf([
      "authentication.tenantNmae",
      'is not an argument of authentication; did you mean "tenantName"?',
    ]),
  },
  {
    title: "a misspelt user domain in lower case, suggesting the right one",
    input: withAuthentication({
      keystoneUrl: "https://keystone.example.com:5000/v3",
      userdomainname: "Default",
    }),
    failures: failuresOf([
      "authentication.userdomainname",
      'is not an argument of authentication; did you mean "userDomainName"?',
    ]),
  },
  {
    title: "a project domain name longer than 128 characters",
    input: withAuthentication({
      keystoneUrl: "https://keystone.example.com:5000/v3",
      userDomainName: "Default",
      projectDomainName: "p".repeat(129),
    }),
    failures: failuresOf([
      "authentication.projectDomainName",
      "must be at most 128 characters (it has 129)",
    ]),
  },
  {
    title: "interface mappings with a part longer than 15 characters",
    input: withAgent({ interfaceMappings: "physnet1:eth1,physicalnetwork12:eth2" }),
    failures: failuresOf([
      "agentConfiguration.interfaceMappings",
      `${MAPPING_RULE}; pair 2 is not`,
    ]),
  },
  {
    title: "an interface mapping without a colon",
    input: withAgent({ interfaceMappings: "physnet1" }),
    failures: failuresOf([
      "agentConfiguration.interfaceMappings",
      `${MAPPING_RULE}; pair 1 is not`,
    ]),
  },
  {
    title: "an interface mapping with two colons",
    input: withAgent({ interfaceMappings: ["physnet1:eth1:x"] }),
    failures: failuresOf(["agentConfiguration.interfaceMappings[0]", `${MAPPING_RULE}`]),
  },
  {
    title: "an interface mapping with a space inside a part",
    input: withAgent({ interfaceMappings: ["phys net:eth1"] }),
    failures: failuresOf(["agentConfiguration.interfaceMappings[0]", `${MAPPING_RULE}`]),
  },
  {
    title: "an interface mapping with an empty interface",
    input: withAgent({ interfaceMappings: ["physnet1:eth1", "physnet2:"] }),
    failures: failuresOf(["agentConfiguration.interfaceMappings[1]", `${MAPPING_RULE}`]),
  },
  {
    title: "a list element that is not a string",
    input: withAgent({ interfaceMappings: ["physnet1:eth1", 7] }),
    failures: failuresOf(["agentConfiguration.interfaceMappings[1]", `${MAPPING_RULE}`]),
  },
  {
    title: "the same label mapped twice",
    input: withAgent({ interfaceMappings: ["physnet1:eth1", "physnet1:eth2"] }),
    failures: failuresOf([
      "agentConfiguration.interfaceMappings[1]",
      "maps the label of pair 1 again (pair 2); each label takes one interface",
    ]),
  },
  {
    title: "a broker password longer than 200 characters",
    input: withAgent({ password: "p".repeat(201) }),
    failures: failuresOf([
      "agentConfiguration.password",
      "must be at most 200 characters, the engine's limit for provider passwords",
    ]),
  },
  {
    title: "interface mappings given as an object",
    input: withAgent({ interfaceMappings: { physnet1: "eth1" } }),
    failures: failuresOf([
      "agentConfiguration.interfaceMappings",
      `${MAPPING_RULE}, as one comma-separated string or a list`,
    ]),
  },
  {
    title: "a broker type in the engine's spelling",
    input: withAgent({ brokerType: "rabbit_mq" }),
    failures: failuresOf(["agentConfiguration.brokerType", 'must be "rabbitMq" or "qpid"']),
  },
  {
    title: "a broker port of 0",
    input: withAgent({ port: 0 }),
    failures: failuresOf([
      "agentConfiguration.port",
      "must be a whole number from 1 to 65535; AMQP brokers listen on 5672, or 5671 with TLS",
    ]),
  },
  {
    title: "a broker port above 65535",
    input: withAgent({ port: 65536 }),
    failures: failuresOf([
      "agentConfiguration.port",
      "must be a whole number from 1 to 65535; AMQP brokers listen on 5672, or 5671 with TLS",
    ]),
  },
  {
    title: "a broker port with a fraction",
    input: withAgent({ port: 5672.5 }),
    failures: failuresOf([
      "agentConfiguration.port",
      "must be a whole number from 1 to 65535; AMQP brokers listen on 5672, or 5671 with TLS",
    ]),
  },
  {
    title: "a broker port given as a string",
    input: withAgent({ port: "5672" }),
    failures: failuresOf([
      "agentConfiguration.port",
      "must be a whole number from 1 to 65535; AMQP brokers listen on 5672, or 5671 with TLS",
    ]),
  },
  {
    title: "a broker host that is neither a host name nor an address",
    input: withAgent({ host: "broker example" }),
    failures: failuresOf([
      "agentConfiguration.host",
      "must be a host name, an IPv4 address or an IPv6 address, e.g. vcenter.example.com",
    ]),
  },
  {
    title: "a broker password that is empty",
    input: withAgent({ password: "" }),
    failures: failuresOf(["agentConfiguration.password", "must not be empty"]),
  },
  {
    title: "a misspelt broker setting, suggesting the right one",
    input: withAgent({ brokerTpye: "qpid" }),
    failures: failuresOf([
      "agentConfiguration.brokerTpye",
      'is not an argument of agentConfiguration; did you mean "brokerType"?',
    ]),
  },
  {
    title: "a data center, which belongs to volume providers",
    input: withArguments({ dataCenter: "Default" }),
    failures: failuresOf([
      "dataCenter",
      "applies only to OpenStackVolumeProvider and VmwareProvider",
    ]),
  },
]);

test("OpenStackNetworkProvider fills in its defaults where preview can show them", (t) => {
  const outcome = checkOpenStackNetworkProviderInputs({ ...valid, agentConfiguration });

  t.deepEqual(outcome, {
    ok: true,
    inputs: {
      name: "neutron1",
      url: "http://neutron.example.com:9696",
      pluginType: "open_vswitch",
      readOnly: true,
      autoSync: false,
      agentConfiguration: {
        interfaceMappings: ["physnet1:eth1"],
        brokerType: "rabbitMq",
        port: 5672,
      },
    },
  });
});

test("OpenStackNetworkProvider keeps values given for defaulted arguments", (t) => {
  const outcome = checkOpenStackNetworkProviderInputs({
    ...valid,
    readOnly: false,
    autoSync: true,
    agentConfiguration: { ...agentConfiguration, brokerType: "qpid", port: 5671 },
  });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.is(outcome.inputs.readOnly, false);
  t.is(outcome.inputs.autoSync, true);
  t.is(outcome.inputs.agentConfiguration?.brokerType, "qpid");
  t.is(outcome.inputs.agentConfiguration?.port, 5671);
});

test("OpenStackNetworkProvider maps good inputs to the exact engine body", (t) => {
  const outcome = checkOpenStackNetworkProviderInputs({
    ...valid,
    authentication,
    properties: { zone: "east" },
    agentConfiguration: {
      interfaceMappings: " physnet1:eth1 , physnet2:eth2",
      brokerType: "qpid",
      host: "192.0.2.7",
      username: "guest",
      password: "guest-pass",
    },
  });
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.deepEqual(openStackNetworkProviderToEngine(outcome.inputs), {
    name: "neutron1",
    type: "neutron",
    url: "http://neutron.example.com:9696",
    plugin_type: "open_vswitch",
    external_plugin_type: "OPEN_VSWITCH",
    read_only: "true",
    auto_sync: "false",
    requires_authentication: "true",
    username: "neutron",
    password: "s3cret",
    authentication_url: "http://keystone.example.com:35357/v2.0",
    tenant_name: "services",
    properties: { property: [{ name: "zone", value: "east" }] },
    agent_configuration: {
      network_mappings: "physnet1:eth1,physnet2:eth2",
      broker_type: "qpid",
      address: "192.0.2.7",
      port: "5672",
      username: "guest",
      password: "guest-pass",
    },
  });
});

test("OpenStackNetworkProvider accepts Keystone v3 with a user domain and project", (t) => {
  const outcome = checkOpenStackNetworkProviderInputs(
    withAuthentication({
      keystoneUrl: "https://keystone.example.com:5000/v3",
      tenantName: undefined,
      userDomainName: "Default",
      projectName: "services",
      projectDomainName: "Default",
    }),
  );
  if (!outcome.ok) {
    t.fail(JSON.stringify(outcome.failures));
    return;
  }

  t.like(openStackNetworkProviderToEngine(outcome.inputs), {
    authentication_url: "https://keystone.example.com:5000/v3",
    user_domain_name: "Default",
    project_name: "services",
    project_domain_name: "Default",
  });
});

test("OpenStackNetworkProvider takes an unknown Keystone URL as given during preview", (t) => {
  const outcome = checkOpenStackNetworkProviderInputs(
    withAuthentication({ keystoneUrl: UNKNOWN_VALUE, tenantName: UNKNOWN_VALUE }),
  );

  t.true(outcome.ok);
});

test("OpenStackNetworkProvider accepts unknown interface mappings and list elements", (t) => {
  t.true(checkOpenStackNetworkProviderInputs(withAgent({ interfaceMappings: UNKNOWN_VALUE })).ok);
  t.true(
    checkOpenStackNetworkProviderInputs(
      withAgent({ interfaceMappings: ["physnet1:eth1", UNKNOWN_VALUE] }),
    ).ok,
  );
  t.true(
    checkOpenStackNetworkProviderInputs(withArguments({ agentConfiguration: UNKNOWN_VALUE })).ok,
  );
});

const agentBody = (changes: Record<string, unknown>) => {
  const outcome = checkOpenStackNetworkProviderInputs(
    withArguments({ agentConfiguration: { host: "broker.example.com", ...changes } }),
  );
  return outcome.ok
    ? openStackNetworkProviderToEngine(outcome.inputs).agent_configuration
    : outcome;
};

const agentBodyWithoutMappings = {
  broker_type: "rabbit_mq",
  address: "broker.example.com",
  port: "5672",
  network_mappings: "",
};

test("OpenStackNetworkProvider sends left-out interface mappings as an empty string", (t) => {
  t.deepEqual(agentBody({}), agentBodyWithoutMappings);
});

test("OpenStackNetworkProvider takes empty interface mappings as none, sent as an empty string", (t) => {
  const cleared = agentBodyWithoutMappings;

  t.deepEqual(agentBody({ interfaceMappings: "" }), cleared);
  t.deepEqual(agentBody({ interfaceMappings: "  " }), cleared);
  t.deepEqual(agentBody({ interfaceMappings: [] }), cleared);
});

test("OpenStackNetworkProvider accepts a broker password of exactly 200 characters", (t) => {
  t.deepEqual(agentBody({ password: "p".repeat(200) }), {
    ...agentBodyWithoutMappings,
    password: "p".repeat(200),
  });
});

test("OpenStackNetworkProvider reads the engine's answer back in input names", (t) => {
  const view = openStackNetworkProviderFromEngine({
    type: "neutron",
    plugin_type: "open_vswitch",
    external_plugin_type: "OPEN_VSWITCH",
    read_only: "true",
    auto_sync: "false",
    unmanaged: "false",
    authentication_url: "http://keystone.example.com:35357/v2.0",
    requires_authentication: "true",
    tenant_name: "services",
    url: "http://neutron.example.com:9696",
    username: "neutron",
    agent_configuration: {
      network_mappings: "physnet1:eth1,physnet2:eth2",
      broker_type: "rabbit_mq",
      address: "broker.example.com",
      port: "5672",
      username: "guest",
    },
    name: "neutron1",
    description: "",
    id: "0a6f",
  });

  t.deepEqual(view, {
    name: "neutron1",
    url: "http://neutron.example.com:9696",
    pluginType: "open_vswitch",
    readOnly: true,
    autoSync: false,
    authentication: {
      username: "neutron",
      keystoneUrl: "http://keystone.example.com:35357/v2.0",
      tenantName: "services",
    },
    agentConfiguration: {
      interfaceMappings: ["physnet1:eth1", "physnet2:eth2"],
      brokerType: "rabbitMq",
      host: "broker.example.com",
      port: 5672,
      username: "guest",
    },
  });
});

test("OpenStackNetworkProvider lists its secret paths", (t) => {
  t.deepEqual(openStackNetworkProviderSecretPaths, [
    "authentication.password",
    "agentConfiguration.password",
    "connection.password",
  ]);
});
