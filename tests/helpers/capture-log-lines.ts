import type { Logger } from "../../provider/logger";

/** Every line a logger was given, at every level, unredacted (so a leak is visible). */
export interface CapturedLog {
  logger: Logger;
  lines: string[];
}

export function captureLogLines(): CapturedLog {
  const lines: string[] = [];

  return {
    lines,
    logger: {
      debug: (message) => lines.push(`debug: ${message}`),
      info: (message) => lines.push(`info: ${message}`),
      warn: (message) => lines.push(`warn: ${message}`),
    },
  };
}
