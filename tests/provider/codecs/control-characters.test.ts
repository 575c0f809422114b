import test from "ava";

import { forbiddenControlCharacter } from "../../../provider/codecs/control-characters";
import { checkForemanProviderInputs } from "../../../provider/codecs/foreman-provider";
import { checkOpenStackImageProviderInputs } from "../../../provider/codecs/openstack-image-provider";
import { checkVmwareVmImportInputs } from "../../../provider/codecs/vmware-vm-import";
import { failuresOf, refusesEach } from "./check-table";

const SINGLE_LINE = "must not contain control characters such as line breaks, tabs, NUL or escape";
const MULTI_LINE =
  "may contain tabs and line breaks (\\n) but no other control characters such as NUL, carriage return or escape";

const foreman = {
  name: "foreman1",
  url: "https://foreman.example.com",
  authentication: { username: "admin", password: "s3cret" },
};
const glance = { name: "glance1", url: "https://glance.example.com:9292" };

refusesEach("a provider", checkForemanProviderInputs, [
  {
    title: "a description with NUL and an injected header line",
    input: { ...foreman, description: "a\u0000b\r\nX-Injected: 1" },
    failures: failuresOf(["description", `${MULTI_LINE} (found U+0000 at character 2)`]),
  },
  {
    title: "a description with a carriage return",
    input: { ...foreman, description: "first\r\nsecond" },
    failures: failuresOf(["description", `${MULTI_LINE} (found U+000D at character 6)`]),
  },
  {
    title: "a description with an escape sequence",
    input: { ...foreman, description: "\u001b[31mred" },
    failures: failuresOf(["description", `${MULTI_LINE} (found U+001B at character 1)`]),
  },
  {
    title: "a description with a C1 control character",
    input: { ...foreman, description: "next\u0085line" },
    failures: failuresOf(["description", `${MULTI_LINE} (found U+0085 at character 5)`]),
  },
  {
    title: "a username with an injected header line",
    input: { ...foreman, authentication: { username: "a\r\nX: 1", password: "s3cret" } },
    failures: failuresOf([
      "authentication.username",
      `${SINGLE_LINE} (found U+000D at character 2)`,
    ]),
  },
  {
    title: "a username with a tab",
    input: { ...foreman, authentication: { username: "ad\tmin", password: "s3cret" } },
    failures: failuresOf([
      "authentication.username",
      `${SINGLE_LINE} (found U+0009 at character 3)`,
    ]),
  },
  {
    title: "a URL with NUL in its path, without quoting it",
    input: { ...foreman, url: "https://foreman.example.com/a\u0000b" },
    failures: failuresOf(["url", `${SINGLE_LINE} (found U+0000 at character 30)`]),
  },
]);

refusesEach("an OpenStack provider", checkOpenStackImageProviderInputs, [
  {
    title: "a tenant name with a DEL character",
    input: {
      ...glance,
      authentication: {
        username: "glance",
        password: "s3cret",
        keystoneUrl: "https://keystone.example.com:35357/v2.0",
        tenantName: "serv\u007fices",
      },
    },
    failures: failuresOf([
      "authentication.tenantName",
      `${SINGLE_LINE} (found U+007F at character 5)`,
    ]),
  },
  {
    title: "a custom property name with a line break",
    input: { ...glance, properties: { "zone\n": "east" } },
    failures: failuresOf([
      'properties["zone\\n"]',
      "needs a name without control characters (found U+000A at character 5)",
    ]),
  },
  {
    title: "a custom property value with NUL",
    input: { ...glance, properties: { zone: "ea\u0000st" } },
    failures: failuresOf(["properties.zone", `${MULTI_LINE} (found U+0000 at character 3)`]),
  },
]);

refusesEach("a VM import", checkVmwareVmImportInputs, [
  {
    title: "a source URL with an escape character",
    input: {
      url: "vpx://vcenter.example.com/Datacenter/esxi01\u001b",
      username: "administrator@vsphere.local",
      password: "vcenter-secret",
      sourceVmName: "web01",
      cluster: "Default",
      storageDomain: "data1",
    },
    failures: failuresOf(["url", `${SINGLE_LINE} (found U+001B at character 44)`]),
  },
]);

test("a description may span lines and hold tabs", (t) => {
  const description = "Site A\n\tsatellite.example.com\nmanaged by ops";
  const outcome = checkForemanProviderInputs({ ...foreman, description });

  t.deepEqual(outcome, { ok: true, inputs: { ...foreman, description } });
});

test("the first forbidden control character is found with its position", (t) => {
  t.deepEqual(forbiddenControlCharacter("ab\ncd\u0000", "multiLine"), {
    codePoint: "U+0000",
    position: 6,
  });
  t.deepEqual(forbiddenControlCharacter("ab\ncd\u0000", "none"), {
    codePoint: "U+000A",
    position: 3,
  });
  t.is(forbiddenControlCharacter("plain text, ünïcode and emoji 🙂", "none"), undefined);
});
