import test from "ava";

import { openStackImageProviderKind } from "../../provider/kinds/openstack-image-provider";
import { inputsOf, outputsFor, overlayEngineView } from "../../provider/provider-state";

const declared = {
  name: "glance1",
  url: "https://glance.example.com:9292",
  description: "images",
  authentication: { username: "glance", password: "secret", tenantName: "services" },
};

test("outputs leave out undefined values, which the plugin cannot store", (t) => {
  const outputs = outputsFor({ ...declared, description: undefined }, "id-1");

  t.false("description" in outputs);
  t.is(outputs.providerId, "id-1");
  t.true(outputs.requiresAuthentication);
});

test("inputs of stored outputs drop computed values and the serialized provider", (t) => {
  const stored = { ...outputsFor(declared, "id-1"), __provider: "require('x')" };

  t.deepEqual(inputsOf(stored), declared);
});

test("the engine's view keeps the password it never shows", (t) => {
  const merged = overlayEngineView(openStackImageProviderKind, declared, {
    name: "glance1",
    url: "https://glance.example.com:9292",
    description: "images",
    authentication: { username: "glance2", tenantName: "services" } as never,
  });

  t.deepEqual(merged.authentication, {
    username: "glance2",
    password: "secret",
    tenantName: "services",
  });
});

test("a readable field the engine no longer reports is dropped as cleared", (t) => {
  const merged = overlayEngineView(openStackImageProviderKind, declared, {
    name: "glance1",
    url: "https://glance.example.com:9292",
    authentication: { username: "glance", tenantName: "services" } as never,
  });

  t.false("description" in merged);
});
