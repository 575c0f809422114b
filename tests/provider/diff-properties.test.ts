import test from "ava";

import { UNKNOWN_VALUE } from "../../provider/codecs/unknown-value";
import {
  changedInputNames,
  diffProviderProperties,
  sameValue,
} from "../../provider/diff-properties";
import { openStackVolumeProviderKind } from "../../provider/kinds/openstack-volume-provider";

const cinder = {
  name: "cinder1",
  url: "https://cinder.example.com:8776",
  dataCenter: "Default",
  providerId: "id-1",
  requiresAuthentication: false,
  __provider: "require('x')",
};

test("computed outputs and the serialized provider never count as changes", (t) => {
  const news = { name: "cinder1", url: "https://cinder.example.com:8776", dataCenter: "Default" };

  const diff = diffProviderProperties(openStackVolumeProviderKind, cinder, news);

  t.deepEqual(diff, { changes: false, replaces: [], deleteBeforeReplace: false });
});

test("a new data center replaces a Cinder provider, deleting first when the name stays", (t) => {
  const diff = diffProviderProperties(openStackVolumeProviderKind, cinder, {
    ...cinder,
    dataCenter: "Other",
  });

  t.deepEqual(diff, { changes: true, replaces: ["dataCenter"], deleteBeforeReplace: true });
});

test("a replacement that also renames creates the new provider first", (t) => {
  const diff = diffProviderProperties(openStackVolumeProviderKind, cinder, {
    ...cinder,
    name: "cinder2",
    dataCenter: "Other",
  });

  t.deepEqual(diff, { changes: true, replaces: ["dataCenter"], deleteBeforeReplace: false });
});

test("another engine in connection replaces the provider", (t) => {
  const olds = {
    ...cinder,
    connection: { url: "https://a.example.com/ovirt-engine", username: "u", password: "p" },
  };
  const news = {
    ...olds,
    connection: { ...olds.connection, url: "https://b.example.com/ovirt-engine" },
  };

  t.deepEqual(diffProviderProperties(openStackVolumeProviderKind, olds, news).replaces, [
    "connection",
  ]);
});

test("a new password for the same engine is an update, not a replacement", (t) => {
  const olds = {
    ...cinder,
    connection: { url: "https://a.example.com/ovirt-engine", username: "u", password: "p" },
  };
  const news = { ...olds, connection: { ...olds.connection, password: "rotated" } };

  const diff = diffProviderProperties(openStackVolumeProviderKind, olds, news);

  t.true(diff.changes);
  t.deepEqual(diff.replaces, []);
});

test("an input unknown during preview counts as changed", (t) => {
  t.deepEqual(changedInputNames({ url: "https://a:1" }, { url: UNKNOWN_VALUE }), ["url"]);
});

test("values compare structurally and a missing key equals undefined", (t) => {
  t.true(sameValue({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] }));
  t.false(sameValue({ a: [1, 2] }, { a: [2, 1] }));
});

const engineA = { url: "https://a.example.com/ovirt-engine/api", username: "u", password: "p" };
const engineB = { ...engineA, url: "https://b.example.com/ovirt-engine/api" };

test("a move to another engine keeping the name creates the new provider first", (t) => {
  const diff = diffProviderProperties(
    openStackVolumeProviderKind,
    { ...cinder, connection: engineA },
    { ...cinder, connection: engineB },
  );

  t.deepEqual(diff, { changes: true, replaces: ["connection"], deleteBeforeReplace: false });
});

test("a connection given where the stack's engine was used may be that engine: delete first", (t) => {
  const diff = diffProviderProperties(openStackVolumeProviderKind, cinder, {
    ...cinder,
    connection: engineA,
  });

  t.deepEqual(diff, { changes: true, replaces: ["connection"], deleteBeforeReplace: true });
});

test("a connection URL unknown during preview replaces, deleting first", (t) => {
  const diff = diffProviderProperties(
    openStackVolumeProviderKind,
    { ...cinder, connection: engineA },
    { ...cinder, connection: { ...engineA, url: UNKNOWN_VALUE } },
  );

  t.deepEqual(diff, { changes: true, replaces: ["connection"], deleteBeforeReplace: true });
});

test("one engine's URL spelled with /v4 or a trailing slash is no replacement", (t) => {
  const diff = diffProviderProperties(
    openStackVolumeProviderKind,
    { ...cinder, connection: engineA },
    { ...cinder, connection: { ...engineA, url: "https://A.example.com/ovirt-engine/api/v4/" } },
  );

  t.deepEqual(diff.replaces, []);
});

test("Ceph keys compare as a set keyed by uuid", (t) => {
  const first = { uuid: "2ba1b2a0-3c1f-4e0b-9c55-7d2f3f1e6a10", value: "a" };
  const second = { uuid: "7c9e6679-7425-40de-944b-e07fc1f90ae7", value: "b" };

  const reordered = diffProviderProperties(
    openStackVolumeProviderKind,
    { ...cinder, authenticationKeys: [first, second] },
    { ...cinder, authenticationKeys: [second, first] },
  );
  const revalued = diffProviderProperties(
    openStackVolumeProviderKind,
    { ...cinder, authenticationKeys: [first, second] },
    { ...cinder, authenticationKeys: [second, { ...first, value: "c" }] },
  );

  t.false(reordered.changes);
  t.true(revalued.changes);
});
