import * as pulumi from "@pulumi/pulumi";
import test from "ava";

import { resourceProperties, withSecretOutputs } from "../../sdk/resource-properties";

const GLANCE_URL = "https://glance.example.com:9292";

test("the provider name defaults to the Pulumi resource name", (t) => {
  const properties = resourceProperties("glance", { url: GLANCE_URL }, [], ["name"]);

  t.is(properties.name, "glance");
});

test("a given provider name wins over the resource name", (t) => {
  const properties = resourceProperties("glance", { name: "glance-north" }, [], ["name"]);

  t.is(properties.name, "glance-north");
});

test("secret-holding arguments are wrapped as secrets", async (t) => {
  const authentication = { username: "glance", password: "hunter2" };

  const properties = resourceProperties("glance", { authentication }, ["authentication"], []);

  t.true(pulumi.Output.isInstance(properties.authentication));
  t.true(await pulumi.isSecret(properties.authentication as pulumi.Output<unknown>));
});

test("every declared output not given is present as an undefined placeholder", (t) => {
  const properties = resourceProperties(
    "glance",
    { url: GLANCE_URL },
    [],
    ["providerId", "description", "url"],
  );

  t.deepEqual(properties, {
    providerId: undefined,
    description: undefined,
    url: GLANCE_URL,
    name: "glance",
  });
});

test("an absent secret-holding argument stays an undefined placeholder", (t) => {
  const properties = resourceProperties("glance", {}, ["connection"], ["connection"]);

  t.true("connection" in properties);
  t.is(properties.connection, undefined);
});

test("secret outputs are added to the user's own additionalSecretOutputs", (t) => {
  const options = withSecretOutputs({ additionalSecretOutputs: ["url"], protect: true }, [
    "authentication",
  ]);

  t.deepEqual(options.additionalSecretOutputs, ["url", "authentication"]);
  t.true(options.protect);
});
