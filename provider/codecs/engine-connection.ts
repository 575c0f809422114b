/**
 * The optional `connection` argument: another oVirt engine for this one resource, for stacks
 * that span engines. The client normalises the URL (with or without "/api"); this codec checks
 * what a user can get wrong before any request is made, with the client's own URL rule, so that
 * a URL the client would refuse at create is refused at preview already.
 */
import type * as t from "io-ts";

import { readEngineUrl } from "../engine/engine-connection";
import { controlCharacterReason, forbiddenControlCharacter } from "./control-characters";
import { isGiven } from "./given-arguments";
import { mayQuoteUrl, readHttpUrl } from "./http-url";
import {
  accept,
  argumentCodec,
  booleanArgument,
  refuse,
  secretArgument,
  textArgument,
} from "./scalar-arguments";
import type { ObjectRule } from "./strict-object";
import { strictObject } from "./strict-object";

const EXAMPLE = "https://engine.example.com/ovirt-engine/api";

/** The engine URL rule, shared with the stack-level `ovirt:url` check. */
export const EngineUrl = argumentCodec<string>("engine URL", (value) => {
  if (typeof value !== "string") {
    return refuse(`must be a string, e.g. ${EXAMPLE}`);
  }

  // URL parsing drops tabs and line breaks silently, so they are looked for first.
  const control = forbiddenControlCharacter(value, "none");
  if (control !== undefined) {
    return refuse(controlCharacterReason(control, "none"), false);
  }

  const engine = readEngineUrl(value);
  if (!engine.ok) {
    return refuse(engine.rule, mayQuoteUrl(value));
  }

  // The client's rule leaves host names and the length to the URL parser; ours is stricter.
  const reading = readHttpUrl(value, EXAMPLE);
  return reading.ok ? accept(value) : refuse(reading.reason, mayQuoteUrl(value));
});

/** The engine user rule, shared with the stack-level `ovirt:username` check. */
export const EngineUsername = textArgument("engine user", {
  maxLength: 255,
  pattern: {
    // The profile follows the last "@": a user principal name keeps its own, as in
    // jdoe@ad.example.com@ad-profile.
    regex: /^[^\s]+@[^@\s]+$/,
    reason: "must be a user and its profile as user@profile, e.g. admin@internal",
  },
});

const CaPem = argumentCodec<string>("PEM certificate", (value) =>
  typeof value === "string" && value.includes("-----BEGIN CERTIFICATE-----")
    ? accept(value)
    : refuse('must be PEM text that contains "-----BEGIN CERTIFICATE-----"', false),
);

/**
 * A CA given twice, or a CA beside `insecure: true`, means the user expects something we won't do.
 */
const certificateChoice: ObjectRule = (input) => {
  if (isGiven(input, "caFile") && isGiven(input, "caPem")) {
    return [{ path: ["caPem"], message: "cannot be combined with caFile; give one of them" }];
  }

  if (input.insecure === true && (isGiven(input, "caFile") || isGiven(input, "caPem"))) {
    return [
      {
        path: ["insecure"],
        message:
          "turns certificate checks off, so the CA given beside it would be ignored; give one or the other",
      },
    ];
  }

  return [];
};

export const EngineConnectionInputs = strictObject({
  label: "connection",
  expectation: "must be an object with url, username and password",
  required: {
    url: EngineUrl,
    username: EngineUsername,
    // The engine user's own password, checked by its login profile (LDAP, internal), not the
    // 200-character limit the engine sets for the passwords of the providers it stores.
    password: secretArgument(4000),
  },
  optional: {
    caFile: textArgument("CA file", { maxLength: 4096 }),
    caPem: CaPem,
    insecure: booleanArgument,
  },
  rules: [certificateChoice],
});
export type EngineConnectionInputs = t.TypeOf<typeof EngineConnectionInputs>;

export const engineConnectionSecretPaths: readonly string[] = ["connection.password"];
