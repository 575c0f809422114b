/**
 * Removing one object from the engine on destroy: one DELETE. An object already gone counts as
 * removed, since destroy wants it gone. A refusal comes back as an error that names the object,
 * passes on the engine's own words (which say what holds it) and says what to do.
 */
import type { EngineClient } from "./engine/engine-client";
import { isEngineError, isEngineNotFound } from "./engine/engine-error";

export interface EngineRemoval {
  /** API-relative path of the object, e.g. `/vms/{id}`. */
  path: string;
  query?: Record<string, string>;
  /** The object as a sentence names it: `the imported VM "web01" (id ...)`. */
  subject: string;
  /** The statuses the engine refuses this removal with: 409, and 400 for some objects. */
  refusedWith: readonly number[];
  /** True when a refusal always means the object is in use, so the message can say so. */
  refusedWhileInUse?: boolean;
  /** What the user can do about a refusal, as one or more sentences. */
  advice: string;
}

export async function removeFromEngine(
  client: EngineClient,
  removal: EngineRemoval,
): Promise<void> {
  try {
    await client.delete(removal.path, removal.query === undefined ? {} : { query: removal.query });
  } catch (error) {
    if (isEngineNotFound(error)) {
      return;
    }

    // No status means no answer: that is the client's error to report as it is.
    if (isEngineError(error) && removal.refusedWith.includes(error.status ?? 0)) {
      const said = (error.detail ?? error.reason ?? "no detail given").replace(/\.+$/, "");
      const inUse = removal.refusedWhileInUse === true ? " while it is in use" : "";
      throw new Error(
        `The engine ${client.apiUrl} refuses to remove ${removal.subject}${inUse}: ${said}. ` +
          removal.advice,
        { cause: error },
      );
    }

    throw error;
  }
}
