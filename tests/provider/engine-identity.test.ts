import test from "ava";

import { UNKNOWN_VALUE } from "../../provider/codecs/unknown-value";
import { forgetStackConfig, rememberStackConfig } from "../../provider/connection-settings";
import { diffProviderProperties } from "../../provider/diff-properties";
import { diffImport } from "../../provider/import-diff";
import { sameEngine } from "../../provider/engine-identity";
import { openStackVolumeProviderKind } from "../../provider/kinds/openstack-volume-provider";

const STACK_URL = "https://engine.example.com/ovirt-engine/api";

const connectionTo = (url: string) => ({ url, username: "admin@internal", password: "pw" });

const cinder = {
  name: "cinder1",
  url: "https://cinder.example.com:8776",
  dataCenter: "Default",
  providerId: "id-1",
  requiresAuthentication: false,
};

// Serial: the stack configuration is remembered process-wide, as configure leaves it.
test.afterEach.always(() => forgetStackConfig());

function useStackUrl(url: string): void {
  rememberStackConfig({
    get: (key) =>
      ({ "ovirt:url": url, "ovirt:username": "admin@internal", "ovirt:password": "pw" })[key],
  });
}

test.serial("every spelling of one engine's URL names the same engine", (t) => {
  const spellings = [
    "https://engine.example.com",
    "https://ENGINE.example.com/ovirt-engine",
    "https://engine.example.com/ovirt-engine/",
    "https://engine.example.com/ovirt-engine/api",
    "https://engine.example.com/ovirt-engine/api/v4/",
  ];

  for (const spelling of spellings) {
    t.true(
      sameEngine({ connection: connectionTo(STACK_URL) }, { connection: connectionTo(spelling) }),
      spelling,
    );
  }
});

test.serial("another host or engine path is another engine", (t) => {
  const olds = { connection: connectionTo(STACK_URL) };

  t.false(sameEngine(olds, { connection: connectionTo("https://other.example.com") }));
  t.false(
    sameEngine(olds, { connection: connectionTo("https://engine.example.com/b/ovirt-engine") }),
  );
});

test.serial("a connection naming the stack's engine is that engine", (t) => {
  useStackUrl(STACK_URL);

  t.true(sameEngine({}, { connection: connectionTo("https://engine.example.com/ovirt-engine") }));
  t.false(sameEngine({}, { connection: connectionTo("https://other.example.com") }));
  t.true(sameEngine({}, { connection: null }));
});

test.serial(
  "an unknown connection or URL, or no stack URL to compare with, cannot be told",
  (t) => {
    const olds = { connection: connectionTo(STACK_URL) };

    t.is(sameEngine(olds, { connection: UNKNOWN_VALUE }), undefined);
    t.is(
      sameEngine(olds, { connection: { ...connectionTo(STACK_URL), url: UNKNOWN_VALUE } }),
      undefined,
    );
    t.is(sameEngine({}, olds), undefined);
  },
);

test.serial(
  "a provider given a connection to the stack's own engine is updated, not replaced",
  (t) => {
    useStackUrl(STACK_URL);

    const diff = diffProviderProperties(openStackVolumeProviderKind, cinder, {
      ...cinder,
      connection: connectionTo("https://engine.example.com/ovirt-engine/"),
    });

    t.deepEqual(diff, { changes: true, replaces: [], deleteBeforeReplace: false });
  },
);

test.serial("a provider moved from the stack's engine to another is made there first", (t) => {
  useStackUrl(STACK_URL);

  const diff = diffProviderProperties(openStackVolumeProviderKind, cinder, {
    ...cinder,
    connection: connectionTo("https://other.example.com/ovirt-engine"),
  });

  t.deepEqual(diff, { changes: true, replaces: ["connection"], deleteBeforeReplace: false });
});

const networkRules = { computedNames: ["networkId"], changedInPlace: [], deleteFirst: () => true };
const network = { networkName: "web", dataCenter: "Default", networkId: "n1" };

test.serial("an import whose engine URL is spelled anew keeps its object", async (t) => {
  const diff = await diffImport(
    networkRules,
    { ...network, connection: connectionTo("https://engine.example.com/ovirt-engine") },
    { ...network, connection: connectionTo("https://engine.example.com/ovirt-engine/api/") },
  );

  t.deepEqual(diff, { changes: true, replaces: [], deleteBeforeReplace: false });
});

test.serial(
  "an import whose connection becomes unknown in preview may move: replace, old first",
  async (t) => {
    const diff = await diffImport(networkRules, network, { ...network, connection: UNKNOWN_VALUE });

    t.deepEqual(diff, { changes: true, replaces: ["connection"], deleteBeforeReplace: true });
  },
);

test.serial(
  "an import moved to another engine is made there before the old one goes",
  async (t) => {
    useStackUrl(STACK_URL);

    const diff = await diffImport(networkRules, network, {
      ...network,
      connection: connectionTo("https://other.example.com"),
    });

    t.deepEqual(diff, { changes: true, replaces: ["connection"], deleteBeforeReplace: false });
  },
);
