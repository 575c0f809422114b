/**
 * The arguments every provider kind kept by the engine shares (name, description, another
 * engine's connection, lifecycle options) and the mappings of the shared engine fields: name,
 * description, url, authentication and custom properties.
 */
import { writeBoolean } from "../engine/wire-format";
import { asEntity, definedOnly, readFlag, readObject, readText } from "./engine-json";
import { EngineConnectionInputs } from "./engine-connection";
import { customPropertiesFromEngine } from "./custom-properties";
import { lifecycleOptions } from "./lifecycle-options";
import { ProviderDescription, ProviderName } from "./provider-name";

export const sharedRequiredArguments = { name: ProviderName };

export const sharedOptionalArguments = {
  description: ProviderDescription,
  connection: EngineConnectionInputs,
  ...lifecycleOptions,
};

/** The authentication fields any kind may carry, in input names. */
export interface AuthenticationFields {
  username: string;
  password: string;
  keystoneUrl?: string;
  tenantName?: string;
  userDomainName?: string;
  projectName?: string;
  projectDomainName?: string;
}

/**
 * The engine's authentication fields. `requires_authentication` follows from whether
 * authentication is given, and is always sent so an update can turn it off.
 */
export function authenticationToEngine(
  authentication: AuthenticationFields | undefined,
): Record<string, unknown> {
  if (authentication === undefined) {
    return { requires_authentication: writeBoolean(false) };
  }

  return definedOnly({
    requires_authentication: writeBoolean(true),
    username: authentication.username,
    password: authentication.password,
    authentication_url: authentication.keystoneUrl,
    tenant_name: authentication.tenantName,
    user_domain_name: authentication.userDomainName,
    project_name: authentication.projectName,
    project_domain_name: authentication.projectDomainName,
  });
}

/**
 * The engine's view of authentication in input names, never with a password (it is never returned).
 */
export function authenticationFromEngine(
  entity: Readonly<Record<string, unknown>>,
): Partial<AuthenticationFields> | undefined {
  if (readFlag(entity, "requires_authentication") !== true) {
    return undefined;
  }

  return definedOnly({
    username: readText(entity, "username"),
    keystoneUrl: readText(entity, "authentication_url"),
    tenantName: readText(entity, "tenant_name"),
    userDomainName: readText(entity, "user_domain_name"),
    projectName: readText(entity, "project_name"),
    projectDomainName: readText(entity, "project_domain_name"),
  }) as Partial<AuthenticationFields>;
}

/**
 * Name, description, url and custom properties as the engine reports them. The engine turns a
 * missing description into "", so "" reads back as no description.
 */
export function sharedFieldsFromEngine(entity: unknown): {
  entity: Readonly<Record<string, unknown>>;
  fields: Record<string, unknown>;
} {
  const object = asEntity(entity);
  const description = readText(object, "description");
  const properties = readObject(object, "properties");

  const fields = definedOnly({
    name: readText(object, "name"),
    description: description === "" ? undefined : description,
    url: readText(object, "url"),
    properties: properties === undefined ? undefined : customPropertiesFromEngine(properties),
  });

  return { entity: object, fields };
}
