import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { startSimulator } from "../../simulator/index";
import { seedState } from "../../simulator/inventory-seed";
import { loadState, saveState } from "../../simulator/state-file";
import { addProvider, call } from "./helpers/engine-call";

function temporaryDirectory(t: { teardown: (fn: () => void) => void }): string {
  const directory = mkdtempSync(join(tmpdir(), "simulator-state-"));
  t.teardown(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

test("everything the engine held survives a restart with the same state file", async (t) => {
  const stateFile = join(temporaryDirectory(t), "engine.json");
  const first = await startSimulator({ stateFile, password: "pw" });
  const id = await addProvider(first, "openstacknetworkproviders", {
    name: "kept-ovn",
    type: "external",
    url: "https://ovn.example.com:9696",
    password: "provider-secret",
  });
  await first.stop();

  const second = await startSimulator({
    stateFile,
    password: "pw",
    inventory: { dataCenters: [{ name: "Other" }] },
  });
  t.teardown(() => second.stop());
  t.is(second.caCertificate, first.caCertificate);
  const entity = (await call(second, "GET", `/openstacknetworkproviders/${id}`)).json();
  t.like(entity, { name: "kept-ovn", url: "https://ovn.example.com:9696" });
  t.is(second.inventory.provider(id)?.password, "provider-secret");
  t.deepEqual(
    second.inventory.dataCenters().map((dataCenter) => dataCenter.name),
    ["Default"],
  );
});

test("the state file is replaced whole and no temporary file is left behind", (t) => {
  const directory = temporaryDirectory(t);
  const stateFile = join(directory, "engine.json");
  const state = seedState();
  saveState(stateFile, state);
  state.dataCenters.push({ id: "dc-2", name: "Second" });
  saveState(stateFile, state);
  t.deepEqual(readdirSync(directory), ["engine.json"]);
  t.deepEqual(loadState(stateFile), JSON.parse(readFileSync(stateFile, "utf8")));
  t.is(loadState(stateFile)?.dataCenters.length, 2);
});

test("a write that fails midway leaves the previous state file as it was", (t) => {
  const directory = temporaryDirectory(t);
  const stateFile = join(directory, "engine.json");
  const state = seedState();
  saveState(stateFile, state);
  const before = readFileSync(stateFile, "utf8");

  // The temporary file cannot be opened for writing when a directory stands in its place.
  mkdirSync(`${stateFile}.${process.pid}.tmp`);
  state.dataCenters.push({ id: "dc-2", name: "Second" });
  t.throws(() => saveState(stateFile, state), { code: "EISDIR" });

  t.is(readFileSync(stateFile, "utf8"), before);
  t.is(loadState(stateFile)?.dataCenters.length, 1);
});

test("a missing state file means a fresh engine, an unknown format is an error", (t) => {
  const directory = temporaryDirectory(t);
  t.is(loadState(join(directory, "absent.json")), undefined);
  const other = join(directory, "other.json");
  writeFileSync(other, JSON.stringify({ formatVersion: 7 }));
  t.throws(() => loadState(other), { message: /format 7, expected 1/ });
});
