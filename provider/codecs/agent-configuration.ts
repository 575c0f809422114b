/**
 * The Neutron agent configuration of an OpenStack Networking provider: how the engine sets up
 * the Neutron agent on hosts it deploys. Engines up to 4.3 use it; 4.4 and later ignore it (the
 * resource provider warns about that, since only it knows the engine's version).
 *
 * Interface mappings are `label:interface` pairs, each part 1 to 15 characters without ":",
 * "," or white space (the Administration Portal's rule); users may give one comma-separated
 * string or a list, and checked inputs always hold the list. They are optional, and an empty
 * string or list means none: the Portal accepts that, since each host may carry its own mappings
 * (validation-rules.md section 2.3.1).
 *
 * The whole agent configuration is stored as a secret (it holds the broker's password), so no
 * message here repeats a value from it; a bad pair is named by its position.
 */
import * as t from "io-ts";

import { writeInteger } from "../engine/wire-format";
import { asEntity, definedOnly, readText, readWholeNumber } from "./engine-json";
import { HostAddress } from "./host-address";
import { AGENT_CONFIGURATION_DEFAULTS } from "./input-defaults";
import { Password } from "./authentication";
import { oneOf, portArgument, textArgument } from "./scalar-arguments";
import { strictObject } from "./strict-object";
import { withDefault } from "./with-default";
import { isUnknownValue } from "./unknown-value";

const mappingPart = "[^:,\\s]{1,15}";
const interfaceMapping = new RegExp(`^${mappingPart}:${mappingPart}$`);
const MAPPING_RULE =
  'must be label:interface pairs, each part 1 to 15 characters without ":", "," or spaces, e.g. "physnet1:eth1"';

/** Accepts "a:b,c:d" or ["a:b", "c:d"]; yields the list, empty for "" or []. */
export const InterfaceMappings = new t.ArrayType<t.StringC, string[], string[], unknown>(
  "interface mappings",
  (value): value is string[] => Array.isArray(value),
  (input, context) => {
    const fromText = typeof input === "string";
    if (!fromText && !Array.isArray(input)) {
      return t.failure(input, context, `${MAPPING_RULE}, as one comma-separated string or a list`);
    }

    if (fromText && input.trim() === "") {
      return t.success([]);
    }

    const items: unknown[] = fromText ? input.split(",").map((pair) => pair.trim()) : input;
    const errors: t.Errors = [];
    const labels = new Map<string, number>();
    items.forEach((item, index) => {
      const itemContext = fromText
        ? context
        : t.appendContext(context, String(index), t.string, item);
      if (isUnknownValue(item)) {
        return;
      }

      if (typeof item !== "string" || !interfaceMapping.test(item)) {
        const shown = fromText ? `${MAPPING_RULE}; pair ${index + 1} is not` : MAPPING_RULE;
        errors.push({ value: undefined, context: itemContext, message: shown });
        return;
      }

      const label = item.split(":")[0];
      const first = labels.get(label);
      if (first !== undefined) {
        errors.push({
          value: undefined,
          context: itemContext,
          message: `maps the label of pair ${first + 1} again (pair ${index + 1}); each label takes one interface`,
        });
      } else {
        labels.set(label, index);
      }
    });

    return errors.length > 0 ? t.failures(errors) : t.success(items as string[]);
  },
  t.identity,
  t.string,
);

export const BrokerType = oneOf("broker type", ["rabbitMq", "qpid"] as const);

export const AgentConfiguration = strictObject({
  label: "agentConfiguration",
  expectation: "must be an object of the message broker's settings and interfaceMappings",
  required: {
    brokerType: withDefault(BrokerType, AGENT_CONFIGURATION_DEFAULTS.brokerType),
    port: withDefault(
      portArgument("; AMQP brokers listen on 5672, or 5671 with TLS"),
      AGENT_CONFIGURATION_DEFAULTS.port,
    ),
  },
  optional: {
    interfaceMappings: InterfaceMappings,
    host: HostAddress,
    username: textArgument("broker user", { maxLength: 255 }),
    // The 4.3 engine set no limit of its own on the broker's password; the 200 of every other
    // provider password keeps one rule for all of them and is ample for a RabbitMQ or Qpid one.
    password: Password,
  },
});
export type AgentConfiguration = t.TypeOf<typeof AgentConfiguration>;

const brokerTypeToEngine = { rabbitMq: "rabbit_mq", qpid: "qpid" } as const;

export function agentConfigurationToEngine(agent: AgentConfiguration): Record<string, unknown> {
  return definedOnly({
    // No mappings, given as an empty list or left out, are sent as "" so that an update clears
    // mappings set before (the TSDoc promises as much).
    network_mappings: (agent.interfaceMappings ?? []).join(","),
    broker_type: brokerTypeToEngine[agent.brokerType],
    address: agent.host,
    port: writeInteger(agent.port),
    username: agent.username,
    password: agent.password,
  });
}

/**
 * The engine's agent_configuration (4.3 and earlier) in input names; the password never comes back.
 */
export function agentConfigurationFromEngine(agent: unknown): Partial<AgentConfiguration> {
  const object = asEntity(agent);
  const mappings = readText(object, "network_mappings");
  const brokerType = readText(object, "broker_type")?.toLowerCase();

  return definedOnly({
    interfaceMappings:
      mappings === undefined || mappings.trim() === ""
        ? undefined
        : mappings.split(",").map((pair) => pair.trim()),
    brokerType:
      brokerType === "rabbit_mq" ? "rabbitMq" : brokerType === "qpid" ? "qpid" : undefined,
    host: readText(object, "address"),
    port: readWholeNumber(object, "port"),
    username: readText(object, "username"),
  }) as Partial<AgentConfiguration>;
}
