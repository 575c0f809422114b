/**
 * Every output a resource class declares is a real Output at run time that resolves to what the
 * engine stored, not `undefined` behind an `Output<...>` type (pulumi-dynamic.md section 6).
 */
import test from "ava";

import { outputNamesOf, registrationOf, setComputedState, settled } from "./mocked-registrations";
import { resourceSamples } from "./resource-samples";

const resourceName = (className: string): string => `${className}-outputs`;

// The mocked engine stores a recognisable value under every output the class should declare.
setComputedState(({ name }) => {
  const sample = resourceSamples.find((candidate) => resourceName(candidate.className) === name);
  return Object.fromEntries((sample?.outputs ?? []).map((output) => [output, `stored ${output}`]));
});

for (const sample of resourceSamples) {
  test(`${sample.className}: every declared output resolves to the value the engine stored`, async (t) => {
    const resource = sample.build(resourceName(sample.className), {});
    await registrationOf(resource);

    t.deepEqual(outputNamesOf(resource), sample.outputs);
    for (const output of sample.outputs) {
      const value = await settled((resource as unknown as Record<string, never>)[output]);
      t.is(value, `stored ${output}`, output);
    }
  });
}
