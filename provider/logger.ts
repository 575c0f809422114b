/**
 * The one logger of the client and the providers.
 *
 * Dynamic providers run in Pulumi's plugin process, where `pulumi.log` is plain console output
 * (pulumi/pulumi#6065), so this writes to stderr itself with a fixed "[ovirt]" prefix. Debug and
 * info lines are silent unless `OVIRT_LOG` is set (`debug` or `info`); warnings always print,
 * because they report choices a user must know about (such as TLS verification being off).
 *
 * Every line passes through {@link redactSecrets} before it is written, as a last line of
 * defence: callers should never hand a secret to the logger in the first place.
 */

export type LogLevel = "debug" | "info" | "warn";

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

const levelRank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2 };

/** The environment variable that turns on debug or info output. */
export const LOG_LEVEL_VARIABLE = "OVIRT_LOG";

/** Reads the threshold from the environment at each call, so tests and users can change it. */
function thresholdFromEnvironment(): number {
  const wanted = (process.env[LOG_LEVEL_VARIABLE] ?? "").trim().toLowerCase();

  if (wanted === "debug" || wanted === "info") {
    return levelRank[wanted];
  }

  return levelRank.warn;
}

const secretPatterns: RegExp[] = [
  /(authorization\s*[:=]\s*)(bearer|basic)\s+[^\s,;"']+/gi,
  /((?:access_token|token|password|passwd|secret|value)["']?\s*[:=]\s*["']?)[^\s,;&"'}]+/gi,
];

/** Blanks out anything shaped like a credential: Authorization values, tokens, passwords. */
export function redactSecrets(text: string): string {
  return secretPatterns.reduce(
    (redacted, pattern) =>
      redacted.replace(pattern, (_match, prefix: string, scheme?: string) =>
        scheme !== undefined && /^(bearer|basic)$/i.test(scheme)
          ? `${prefix}${scheme} ***`
          : `${prefix}***`,
      ),
    text,
  );
}

export type LineWriter = (line: string) => void;

/** Builds a logger; tests pass their own writer to capture lines. */
export function createLogger(
  write: LineWriter = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const emit = (level: LogLevel, message: string): void => {
    if (levelRank[level] < thresholdFromEnvironment()) {
      return;
    }

    write(`[ovirt] ${level}: ${redactSecrets(message)}`);
  };

  return {
    debug: (message) => emit("debug", message),
    info: (message) => emit("info", message),
    warn: (message) => emit("warn", message),
  };
}

/** The process-wide default logger. */
export const defaultLogger: Logger = createLogger();

/** A logger that drops every line, for calls whose warnings were already given. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
};
