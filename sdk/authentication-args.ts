import type * as pulumi from "@pulumi/pulumi";

/** Username and password the engine uses to log in to the provider. Stored as a secret. */
export interface BasicAuthenticationArgs {
  /** Engine field `username`; at most 64 characters. */
  username: pulumi.Input<string>;
  /** Engine field `password`; at most 200 characters; write-only on the engine. */
  password: pulumi.Input<string>;
}

/**
 * Keystone authentication for OpenStack Image and Volume providers: the engine's REST API carries
 * only a tenant for these, no Keystone v3 domain or project, so a v2.0 endpoint is the one known
 * to work. A v3 `keystoneUrl` is accepted, as the engine accepts it, but whether the engine then
 * gets a token without a user domain is unconfirmed. Giving it turns on the engine's
 * `requires_authentication`. Stored as a secret.
 */
export interface TenantAuthenticationArgs extends BasicAuthenticationArgs {
  /**
   * Keystone URL with port and API version, `http(s)://host:port/v2.0` or `.../v3` (engine field
   * `authentication_url`), e.g. `https://keystone.example.com:35357/v2.0`.
   */
  keystoneUrl?: pulumi.Input<string>;
  /** Keystone v2.0 tenant (engine field `tenant_name`); required with a v2.0 `keystoneUrl`. */
  tenantName?: pulumi.Input<string>;
}

/**
 * Keystone authentication for network providers, v2.0 (tenant) or v3 (user domain, project,
 * project domain). For OpenStack Networking the engine requires `keystoneUrl` and a tenant or a
 * user domain. Stored as a secret.
 */
export interface KeystoneAuthenticationArgs extends TenantAuthenticationArgs {
  /** Keystone v3 user domain (engine field `user_domain_name`). */
  userDomainName?: pulumi.Input<string>;
  /** Keystone v3 project (engine field `project_name`); without it the token is unscoped. */
  projectName?: pulumi.Input<string>;
  /** Keystone v3 project domain (engine field `project_domain_name`). */
  projectDomainName?: pulumi.Input<string>;
}
