import type { RunningSimulator } from "../../../simulator/index";
import { addProvider, call } from "./engine-call";
import { uniqueName } from "./shared-simulator";

/**
 * Imports the first image of a new Glance provider at `glance.example.com` (which the simulator
 * must list as reachable), blocking, with the given extra action fields; fails loudly when the
 * engine refuses.
 */
export async function importFirstImage(
  simulator: RunningSimulator,
  action: Record<string, unknown>,
): Promise<void> {
  const providerId = await addProvider(simulator, "openstackimageproviders", {
    name: uniqueName("glance"),
    url: `http://glance.example.com:9292/${uniqueName("path")}`,
  });
  const images = (
    await call(simulator, "GET", `/openstackimageproviders/${providerId}/images`)
  ).json().openstack_image as Array<{ id: string }>;
  const imageId = images[0]?.id as string;
  const answer = await call(
    simulator,
    "POST",
    `/openstackimageproviders/${providerId}/images/${imageId}/import`,
    { body: { async: "false", storage_domain: { name: "data1" }, ...action } },
  );
  if (answer.status !== 200) throw new Error(`import refused: ${answer.status} ${answer.text}`);
}
