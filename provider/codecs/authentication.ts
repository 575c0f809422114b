/**
 * The nested `authentication` argument, in the three shapes the kinds need:
 *
 * - basic (Foreman): username and password only; the engine ignores Keystone fields there.
 * - tenant (OpenStack Image and Volume): adds a Keystone URL and a v2.0 tenant; the engine's REST
 *   API carries no Keystone v3 domain or project for these kinds, so those are refused.
 * - keystone (Neutron and external network providers): adds the Keystone v3 user domain,
 *   project and project domain. For Neutron the engine refuses to add a provider with
 *   authentication but without a Keystone URL and a tenant or user domain.
 *
 * Giving `authentication` at all is what sets the engine's `requires_authentication`.
 */
import { isGiven, mayBeGiven } from "./given-arguments";
import { keystoneVersion, KeystoneUrl } from "./keystone-url";
import { secretArgument, textArgument } from "./scalar-arguments";
import type { ObjectRule, RuleFailure } from "./strict-object";
import { strictObject } from "./strict-object";
import { isUnknownValue } from "./unknown-value";

export const PASSWORD_MAX_LENGTH = 200;

export const Username = textArgument("username", { maxLength: 64 });
export const Password = secretArgument(
  PASSWORD_MAX_LENGTH,
  `must be at most ${PASSWORD_MAX_LENGTH} characters, the engine's limit for provider passwords`,
);
const KeystoneName = textArgument("Keystone name", { maxLength: 128 });

const EXPECTATION = "must be an object with username and password";
const v3Fields = ["userDomainName", "projectName", "projectDomainName"] as const;
const keystoneFields = ["tenantName", ...v3Fields] as const;

/** The Keystone version of the given URL, if it is a known, valid string. */
function versionOf(input: Readonly<Record<string, unknown>>): "v2.0" | "v3" | undefined {
  const url = input.keystoneUrl;
  return typeof url === "string" && !isUnknownValue(url) ? keystoneVersion(url) : undefined;
}

/**
 * Keystone names mean nothing without a Keystone URL, and v3 names nothing with a v2.0 one.
 * Only the names a shape accepts are looked at: refused ones already have their own failure.
 */
const keystoneFieldsMatchUrl =
  (accepted: readonly string[]): ObjectRule =>
  (input) => {
    const failures: RuleFailure[] = [];
    const version = versionOf(input);

    for (const name of accepted) {
      if (!isGiven(input, name)) {
        continue;
      }

      if (!mayBeGiven(input, "keystoneUrl")) {
        failures.push({
          path: [name],
          message: "only applies with a keystoneUrl; give keystoneUrl too",
        });
      } else if (version === "v2.0" && (v3Fields as readonly string[]).includes(name)) {
        failures.push({
          path: [name],
          message:
            "only applies to Keystone v3, but keystoneUrl ends in /v2.0; use tenantName there",
        });
      }
    }

    return failures;
  };

/** The Administration Portal requires a tenant for a Keystone v2.0 URL. */
const tenantForVersion2: ObjectRule = (input) =>
  versionOf(input) === "v2.0" && !mayBeGiven(input, "tenantName")
    ? [{ path: ["tenantName"], message: "is required with a Keystone v2.0 keystoneUrl" }]
    : [];

/** The engine's add rules for Neutron providers that require authentication. */
function neutronKeystoneRequired(kindLabel: string): ObjectRule {
  return (input) => {
    const failures: RuleFailure[] = [];
    if (!mayBeGiven(input, "keystoneUrl")) {
      failures.push({
        path: ["keystoneUrl"],
        message: `is required: ${kindLabel}s with authentication need a Keystone URL, e.g. https://keystone.example.com:35357/v3`,
      });
    }

    // With a v2.0 URL the Administration Portal's tenant rule already asks for tenantName.
    const version = versionOf(input);
    if (
      version !== "v2.0" &&
      !mayBeGiven(input, "tenantName") &&
      !mayBeGiven(input, "userDomainName")
    ) {
      failures.push({
        path: [version === "v3" ? "userDomainName" : "tenantName"],
        message: `is required: ${kindLabel}s with authentication need tenantName (Keystone v2.0) or userDomainName (Keystone v3)`,
      });
    }

    return failures;
  };
}

/** Foreman's authentication: username and password, both required. */
export function basicAuthentication(kindLabel: string) {
  const refusal = `does not apply: ${kindLabel}s do not use Keystone, so authentication takes only username and password`;

  return strictObject({
    label: "authentication",
    expectation: EXPECTATION,
    required: { username: Username, password: Password },
    optional: {},
    refused: Object.fromEntries(["keystoneUrl", ...keystoneFields].map((name) => [name, refusal])),
  });
}

/**
 * Glance's and Cinder's authentication: a Keystone URL and a tenant at most.
 *
 * A /v3 keystoneUrl is accepted, though the REST API cannot carry the user domain Keystone v3
 * logins name: the engine accepts it as well. Its auth URL check allows /v3 for every type
 * (validation-rules.md 1.2), for Glance it keys uniqueness on the v3 project (2.2), and the user
 * domain is required only by the Administration Portal's form, not by the backend (2.2). Refusing
 * it here would refuse what the engine stores.
 *
 * TODO: whether the engine's Keystone v3 client gets a token for such a provider (no user domain,
 * the tenant standing in for the project) is unconfirmed, since no engine with Keystone is at hand.
 * If a real engine shows it cannot, refuse /v3 here and advise the v2.0 endpoint with tenantName.
 */
export function tenantAuthentication(kindLabel: string) {
  const refusal = `cannot be set: the engine's REST API carries only tenantName for ${kindLabel}s (no Keystone v3 domain or project); use a Keystone v2.0 URL with tenantName`;

  return strictObject({
    label: "authentication",
    expectation: EXPECTATION,
    required: { username: Username, password: Password },
    optional: { keystoneUrl: KeystoneUrl, tenantName: KeystoneName },
    refused: Object.fromEntries(v3Fields.map((name) => [name, refusal])),
    rules: [keystoneFieldsMatchUrl(["tenantName"]), tenantForVersion2],
  });
}

/**
 * Network providers' authentication, with Keystone v3 fields. Neutron adds the engine's add
 * rules; external providers get none, since ovirt-provider-ovn authenticates against its
 * Keystone v2.0 emulation with no tenant at all.
 */
export function keystoneAuthentication(kindLabel: string, options: { neutronRules: boolean }) {
  const rules: ObjectRule[] = [keystoneFieldsMatchUrl(keystoneFields)];
  if (options.neutronRules) {
    rules.push(tenantForVersion2, neutronKeystoneRequired(kindLabel));
  }

  return strictObject({
    label: "authentication",
    expectation: EXPECTATION,
    required: { username: Username, password: Password },
    optional: {
      keystoneUrl: KeystoneUrl,
      tenantName: KeystoneName,
      userDomainName: KeystoneName,
      projectName: KeystoneName,
      projectDomainName: KeystoneName,
    },
    rules,
  });
}
