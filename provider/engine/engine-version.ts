import { readInteger } from "./wire-format";

/** The engine's version, read from `product_info.version` of the API root. */
export interface EngineVersion {
  major: number;
  minor: number;
  build?: number;
  /** As the engine spells it, e.g. "4.5.6.1-1.el8". */
  full: string;
}

/**
 * The version in an API root answer (`GET /ovirt-engine/api`), or undefined when it has none.
 * Integers arrive as strings; `full_version` is absent on some builds, so the numbers are
 * joined instead.
 */
export function readEngineVersion(apiRoot: unknown): EngineVersion | undefined {
  const productInfo = field(apiRoot, "product_info");
  const version = field(productInfo, "version");
  const major = readInteger(field(version, "major"));
  const minor = readInteger(field(version, "minor"));

  if (major === undefined || minor === undefined) {
    return undefined;
  }

  const build = readInteger(field(version, "build"));
  const revision = readInteger(field(version, "revision"));
  const fullVersion = field(version, "full_version");
  const joined = [major, minor, build, revision].filter((part) => part !== undefined).join(".");

  return {
    major,
    minor,
    ...(build === undefined ? {} : { build }),
    full: typeof fullVersion === "string" && fullVersion !== "" ? fullVersion : joined,
  };
}

/** True when `version` is `major.minor` or newer, to gate features by engine release. */
export function isEngineAtLeast(version: EngineVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}

function field(container: unknown, key: string): unknown {
  return typeof container === "object" && container !== null
    ? (container as Record<string, unknown>)[key]
    : undefined;
}
