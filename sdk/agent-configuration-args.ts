import type * as pulumi from "@pulumi/pulumi";

/**
 * The Neutron agent settings of the portal's "Agent Configuration" tab (engine field
 * `agent_configuration`). Engines up to 4.3 keep them; 4.4 and later ignore them (a warning says
 * so) because the agents are configured on the hosts. The password makes the whole object secret.
 */
export interface AgentConfigurationArgs {
  /**
   * Open vSwitch interface mappings as `label:interface` pairs, a list or one comma-separated
   * string (`"physnet1:eth1,physnet2:eth2"`); each label and interface 1 to 15 characters.
   */
  interfaceMappings: pulumi.Input<string | pulumi.Input<string>[]>;
  /**
   * The message broker the Neutron agents use.
   * @default "rabbitMq"
   */
  brokerType?: pulumi.Input<"rabbitMq" | "qpid">;
  /** Host name or address of the message broker. */
  host?: pulumi.Input<string>;
  /**
   * Port of the message broker, 1 to 65535 (AMQP: 5672, or 5671 with TLS).
   * @default 5672
   */
  port?: pulumi.Input<number>;
  /** User of the message broker, e.g. `neutron`. */
  username?: pulumi.Input<string>;
  /** Password of the message broker user. Secret. */
  password?: pulumi.Input<string>;
}
