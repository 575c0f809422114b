import test from "ava";

import vmwareProvider = require("../../../provider/resource-providers/vmware-provider");

const declared = {
  name: "vcenter1",
  vcenter: "vcenter.example.com",
  esxiHost: "esxi01.example.com",
  dataCenter: "Data Center 1",
  cluster: "Prod/East",
  username: "administrator@vsphere.local",
  password: "vcenter-secret",
};

async function checked(changes: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const result = await vmwareProvider.check!({}, { ...declared, ...changes });
  if (result.failures !== undefined && result.failures.length > 0) {
    throw new Error(`check failed: ${JSON.stringify(result.failures)}`);
  }
  return result.inputs as Record<string, unknown>;
}

test("check applies the defaults and ignores the placeholder of the computed url", async (t) => {
  const result = await vmwareProvider.check!({}, { ...declared, url: undefined });

  t.deepEqual(result, {
    inputs: { ...declared, verifySsl: true, destinationDataCenter: "any" },
  });
});

test("check refuses a url given as an argument and a missing password", async (t) => {
  const result = await vmwareProvider.check!(
    {},
    { ...declared, password: undefined, url: "vpx://x/y/z" },
  );

  t.deepEqual(result.failures, [
    { property: "password", reason: "is required" },
    {
      property: "url",
      reason:
        "does not apply to VmwareProvider: the vpx:// URL is composed from vcenter, dataCenter, cluster and esxiHost",
    },
  ]);
});

test("create composes the encoded vpx URL and generates an id", async (t) => {
  const created = await vmwareProvider.create(await checked());

  t.regex(created.id, /^[0-9a-f-]{36}$/);
  t.is(
    created.outs.url,
    "vpx://administrator%40vsphere.local@vcenter.example.com/Data%20Center%201/Prod%2FEast/esxi01.example.com",
  );
  t.is(created.outs.password, declared.password);
});

test("create outputs carry the defaulted arguments, which the SDK exposes", async (t) => {
  const created = await vmwareProvider.create(await checked());

  t.like(created.outs, { verifySsl: true, destinationDataCenter: "any", cluster: "Prod/East" });
});

test("a domain user's backslash is escaped and verifySsl false adds no_verify", async (t) => {
  const created = await vmwareProvider.create(
    await checked({ username: "CORP\\v2v", verifySsl: false, cluster: undefined }),
  );

  t.is(
    created.outs.url,
    "vpx://CORP%5Cv2v@vcenter.example.com/Data%20Center%201/esxi01.example.com?no_verify=1",
  );
});

test("two creates of the same arguments get different ids", async (t) => {
  const inputs = await checked();

  const first = await vmwareProvider.create(inputs);
  const second = await vmwareProvider.create(inputs);

  t.not(first.id, second.id);
});

test("diff ignores the computed url and changes every argument in place", async (t) => {
  const created = await vmwareProvider.create(await checked());

  const same = await vmwareProvider.diff!(created.id, created.outs, await checked());
  const moved = await vmwareProvider.diff!(
    created.id,
    created.outs,
    await checked({ esxiHost: "esxi02.example.com" }),
  );

  t.deepEqual(same, { changes: false, replaces: [], deleteBeforeReplace: false });
  t.deepEqual(moved, { changes: true, replaces: [], deleteBeforeReplace: false });
});

test("update recomposes the url from the new arguments", async (t) => {
  const created = await vmwareProvider.create(await checked());

  const updated = await vmwareProvider.update!(
    created.id,
    created.outs,
    await checked({ esxiHost: "esxi02.example.com", cluster: undefined }),
  );

  t.is(
    updated.outs.url,
    "vpx://administrator%40vsphere.local@vcenter.example.com/Data%20Center%201/esxi02.example.com",
  );
});

test("read returns the stored state unchanged, with the declared inputs", async (t) => {
  const inputs = await checked();
  const created = await vmwareProvider.create(inputs);

  const read = await vmwareProvider.read!(created.id, created.outs);

  t.deepEqual(read, { id: created.id, props: created.outs, inputs });
});

test("read of a state that no longer validates names the rule and not the password", async (t) => {
  const created = await vmwareProvider.create(await checked());
  const broken = { ...created.outs, vcenter: "https://vcenter.example.com" };

  const error = await t.throwsAsync(vmwareProvider.read!(created.id, broken));

  t.regex(error.message, /no longer passes its checks: vcenter must be a host name/);
  t.false(error.message.includes(declared.password));
});

test("delete talks to nothing and succeeds", async (t) => {
  const created = await vmwareProvider.create(await checked());

  await t.notThrowsAsync(vmwareProvider.delete!(created.id, created.outs));
});
