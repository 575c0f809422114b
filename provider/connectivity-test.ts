/**
 * The engine's "Test" of a stored provider: it reaches the provider URL and logs in there with
 * the stored credentials. A failure comes back as the engine's fault (HTTP 400 with a detail
 * such as "Failed to communicate with the external provider"), which is what the user needs.
 */
import type { EngineClient } from "./engine/engine-client";
import { isEngineError } from "./engine/engine-error";

export async function testProviderConnectivity(
  client: EngineClient,
  providerPath: string,
  displayName: string,
): Promise<void> {
  try {
    await client.post(`${providerPath}/testconnectivity`, {});
  } catch (error) {
    if (isEngineError(error) && error.status !== undefined) {
      const said = error.detail ?? error.reason ?? `HTTP ${error.status}`;
      throw new Error(
        `The connectivity test of this ${displayName} by engine ${client.apiUrl} failed: ${said}. ` +
          `Check the provider's URL, credentials and certificate, or set testConnectivity to false.`,
        { cause: error },
      );
    }

    throw error;
  }
}
