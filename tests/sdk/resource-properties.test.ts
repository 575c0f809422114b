import * as pulumi from "@pulumi/pulumi";
import test from "ava";

import { resourceProperties, withSecretOutputs } from "../../sdk/resource-properties";

test("the provider name defaults to the Pulumi resource name", (t) => {
  const properties = resourceProperties("glance", { url: "https://glance.example.com:9292" }, []);

  t.is(properties.name, "glance");
});

test("a given provider name wins over the resource name", (t) => {
  const properties = resourceProperties("glance", { name: "glance-north" }, []);

  t.is(properties.name, "glance-north");
});

test("secret-holding arguments are wrapped as secrets", async (t) => {
  const authentication = { username: "glance", password: "hunter2" };

  const properties = resourceProperties("glance", { authentication }, ["authentication"]);

  t.true(pulumi.Output.isInstance(properties.authentication));
  t.true(await pulumi.isSecret(properties.authentication as pulumi.Output<unknown>));
});

test("computed outputs are present so Pulumi exposes them", (t) => {
  const properties = resourceProperties("glance", {}, []);

  t.true("providerId" in properties);
  t.true("requiresAuthentication" in properties);
});

test("secret outputs are added to the user's own additionalSecretOutputs", (t) => {
  const options = withSecretOutputs({ additionalSecretOutputs: ["url"], protect: true }, [
    "authentication",
  ]);

  t.deepEqual(options.additionalSecretOutputs, ["url", "authentication"]);
  t.true(options.protect);
});
