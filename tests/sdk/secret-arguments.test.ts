/**
 * Each resource class registers its secret-holding arguments as secrets, and names them in
 * additionalSecretOutputs, even when the user passed plain strings: otherwise passwords, Ceph
 * keys and engine credentials would be stored in plain text.
 */
import test from "ava";

import { isRegisteredSecret, recordingOptions, registrationOf } from "./mocked-registrations";
import { resourceSamples } from "./resource-samples";

for (const sample of resourceSamples) {
  test(`${sample.className}: plain-string credentials are registered as secrets`, async (t) => {
    const recording = recordingOptions();
    const resource = sample.build(`${sample.className}-secrets`, recording.options);

    const { inputs } = await registrationOf(resource);

    const secretInputs = Object.keys(inputs).filter((name) => isRegisteredSecret(inputs[name]));
    t.deepEqual(secretInputs.sort(), [...sample.secrets].sort());
    t.deepEqual(recording.registered()?.additionalSecretOutputs, sample.secrets);
  });
}

test("the user's own additionalSecretOutputs are kept beside the class's", async (t) => {
  const recording = recordingOptions();
  const [foreman] = resourceSamples;

  await registrationOf(
    foreman.build("foreman-own-secrets", {
      ...recording.options,
      additionalSecretOutputs: ["url"],
    }),
  );

  t.deepEqual(recording.registered()?.additionalSecretOutputs, ["url", ...foreman.secrets]);
});
