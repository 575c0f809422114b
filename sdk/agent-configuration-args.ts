import type * as pulumi from "@pulumi/pulumi";

/**
 * The Neutron agent settings of the portal's "Agent Configuration" tab (engine field
 * `agent_configuration`). Engines up to 4.3 keep them; 4.4 and later ignore them (a warning says
 * so) because the agents are configured on the hosts. The password makes the whole object secret.
 */
export interface AgentConfigurationArgs {
  /**
   * Open vSwitch interface mappings as `label:interface` pairs (engine field `network_mappings`,
   * sent as one comma-separated string): a list, or one string such as
   * `"physnet1:eth1,physnet2:eth2"`. Each label and interface 1 to 15 characters without `:`,
   * `,` or spaces; each label at most once. Optional: left out, `""` or `[]` means none (the
   * mappings may be set on each host instead), sent as an empty string so an update clears them.
   */
  interfaceMappings?: pulumi.Input<string | pulumi.Input<string>[]>;
  /**
   * The message broker the Neutron agents use (engine field `broker_type`, sent as `rabbit_mq`
   * or `qpid`): `"rabbitMq"` or `"qpid"`.
   * @default "rabbitMq"
   */
  brokerType?: pulumi.Input<"rabbitMq" | "qpid">;
  /**
   * Host name, IPv4 or IPv6 address of the message broker (engine field `address`); at most 255
   * characters, no scheme or port.
   */
  host?: pulumi.Input<string>;
  /**
   * Port of the message broker (engine field `port`): a whole number from 1 to 65535 (AMQP:
   * 5672, or 5671 with TLS).
   * @default 5672
   */
  port?: pulumi.Input<number>;
  /** User of the message broker (engine field `username`), e.g. `neutron`; at most 255 characters. */
  username?: pulumi.Input<string>;
  /**
   * Password of the message broker user (engine field `password`): not empty, at most 200
   * characters. Write-only on the engine, which never returns it; secret.
   */
  password?: pulumi.Input<string>;
}
