/**
 * The exact bodies an update sends, against a scripted engine: the simulator merges PUTs, so a
 * body carrying every field would pass every simulator test while re-sending passwords.
 */
import test from "ava";

import type { ForemanProviderInputs } from "../../provider/codecs/foreman-provider";
import type { OpenStackImageProviderInputs } from "../../provider/codecs/openstack-image-provider";
import type { OpenStackVolumeProviderInputs } from "../../provider/codecs/openstack-volume-provider";
import { createEngineClient } from "../../provider/engine/engine-client";
import { foremanProviderKind } from "../../provider/kinds/foreman-provider";
import { openStackImageProviderKind } from "../../provider/kinds/openstack-image-provider";
import { openStackVolumeProviderKind } from "../../provider/kinds/openstack-volume-provider";
import { updateExternalProvider } from "../../provider/update-external-provider";
import type { FakeEngine } from "../helpers/fake-engine";
import { fakeEngine } from "../helpers/fake-engine";

const API = "/ovirt-engine/api";
const apiRoot = {
  product_info: { version: { major: "4", minor: "4", build: "10", revision: "0" } },
};

const foreman: ForemanProviderInputs = {
  name: "foreman1",
  url: "https://foreman.example.com",
  authentication: { username: "admin", password: "foreman-secret" },
};

const glance: OpenStackImageProviderInputs = {
  name: "glance1",
  url: "https://glance.example.com:9292",
  authentication: {
    username: "glance",
    password: "glance-secret",
    keystoneUrl: "https://keystone.example.com:35357/v2.0",
    tenantName: "services",
  },
};

const cinderKey = {
  uuid: "2ba1b2a0-3c1f-4e0b-9c55-7d2f3f1e6a10",
  value: "AQAB5mJlAAAAABAAz4yqvX5aGJsLa0QpwA+1tA==",
};
const cinder: OpenStackVolumeProviderInputs = {
  ...glance,
  name: "cinder1",
  dataCenter: "Default",
  authenticationKeys: [cinderKey],
};

/** Expects one PUT of `path` and records its body. */
function recordPut(engine: FakeEngine, path: string, answer: object): unknown[] {
  const bodies: unknown[] = [];
  engine.scope
    .put(`${API}${path}`, (body) => {
      bodies.push(body);
      return true;
    })
    .reply(200, { id: "p1", ...answer });
  return bodies;
}

/** Kinds with an engine-version gate (Cinder) read the API root first; the others do not. */
function loggedInEngine(t: Parameters<typeof fakeEngine>[0], readsVersion = false): FakeEngine {
  const engine = fakeEngine(t);
  engine.acceptLogin();
  if (readsVersion) {
    engine.scope.get(API).reply(200, apiRoot);
  }
  return engine;
}

test("a description edit sends only the description, no password", async (t) => {
  const engine = loggedInEngine(t);
  const bodies = recordPut(engine, "/externalhostproviders/p1", { description: "hosts" });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await updateExternalProvider(
    client,
    foremanProviderKind,
    "p1",
    foreman,
    { ...foreman, description: "hosts" },
    engine.log.logger,
  );

  t.deepEqual(bodies, [{ description: "hosts" }]);
  engine.assertDone();
});

test("a password edit sends the new password and nothing else", async (t) => {
  const engine = loggedInEngine(t);
  const bodies = recordPut(engine, "/externalhostproviders/p1", {});
  const client = createEngineClient(engine.settings, engine.clientOptions);
  const rotated = { ...foreman.authentication, password: "rotated" };

  await updateExternalProvider(
    client,
    foremanProviderKind,
    "p1",
    foreman,
    { ...foreman, authentication: rotated },
    engine.log.logger,
  );

  t.deepEqual(bodies, [{ password: "rotated" }]);
  engine.assertDone();
});

test("a Glance edit resends the tenant the engine would clear, but not the password", async (t) => {
  const engine = loggedInEngine(t);
  const bodies = recordPut(engine, "/openstackimageproviders/p1", {});
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await updateExternalProvider(
    client,
    openStackImageProviderKind,
    "p1",
    glance,
    { ...glance, description: "images" },
    engine.log.logger,
  );

  t.deepEqual(bodies, [{ description: "images", tenant_name: "services" }]);
  engine.assertDone();
});

test("a Cinder description edit sends neither password nor Ceph key values", async (t) => {
  const engine = loggedInEngine(t, true);
  const bodies = recordPut(engine, "/openstackvolumeproviders/p1", {});
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await updateExternalProvider(
    client,
    openStackVolumeProviderKind,
    "p1",
    cinder,
    { ...cinder, description: "volumes" },
    engine.log.logger,
  );

  t.deepEqual(bodies, [{ description: "volumes" }]);
  engine.assertDone();
});

test("a changed Ceph key value is sent to that key alone", async (t) => {
  const engine = loggedInEngine(t, true);
  const rotated = { ...cinderKey, value: "AQCZ4fFlAAAAABAAsbLdCsPQnhF3sEKWn1p7JQ==" };
  const keyBodies: unknown[] = [];
  engine.scope
    .get(`${API}/openstackvolumeproviders/p1/authenticationkeys`)
    .reply(200, {
      openstack_volume_authentication_key: [{ id: "k1", uuid: cinderKey.uuid }],
    })
    .put(`${API}/openstackvolumeproviders/p1/authenticationkeys/k1`, (body) => {
      keyBodies.push(body);
      return true;
    })
    .reply(200, { id: "k1", uuid: cinderKey.uuid });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  await updateExternalProvider(
    client,
    openStackVolumeProviderKind,
    "p1",
    cinder,
    { ...cinder, authenticationKeys: [rotated] },
    engine.log.logger,
  );

  t.deepEqual(keyBodies, [{ uuid: rotated.uuid, value: rotated.value, usage_type: "ceph" }]);
  engine.assertDone();
});

test("a refused PUT names the provider being updated", async (t) => {
  const engine = loggedInEngine(t);
  let correlationId: unknown;
  engine.scope.put(`${API}/externalhostproviders/p1`).reply(function () {
    correlationId = this.req.headers["correlation-id"];
    return [400, { reason: "Operation Failed", detail: "[Cannot edit provider.]" }];
  });
  const client = createEngineClient(engine.settings, engine.clientOptions);

  const error = await t.throwsAsync(
    updateExternalProvider(
      client,
      foremanProviderKind,
      "p1",
      foreman,
      { ...foreman, description: "hosts" },
      engine.log.logger,
    ),
  );

  t.is(
    error?.message,
    `Updating the Foreman provider "foreman1" failed: PUT /externalhostproviders/p1 on engine ` +
      `${engine.apiUrl} failed with HTTP 400: Operation Failed: Cannot edit provider. ` +
      `(correlation id ${String(correlationId)})`,
  );
  engine.assertDone();
});
