import test from "ava";

import {
  engineRequestHeaders,
  prepareEngineRequest,
  relativeApiPath,
} from "../../../provider/engine/engine-request";

const apiUrl = "https://engine.example.com/ovirt-engine/api";

test("paths become suffixes of the API root", (t) => {
  t.is(relativeApiPath(apiUrl, "/clusters"), "/clusters");
  t.is(relativeApiPath(apiUrl, "clusters/1"), "/clusters/1");
  t.is(relativeApiPath(apiUrl, "/"), "");
  t.is(relativeApiPath(apiUrl, ""), "");
  t.is(relativeApiPath(apiUrl, "/ovirt-engine/api"), "");
  t.is(relativeApiPath(apiUrl, "/ovirt-engine/api/clusters/1"), "/clusters/1");
  t.is(relativeApiPath(apiUrl, "/ovirt-engine/apis"), "/ovirt-engine/apis");
});

test("a request carries its URL, query, JSON body and a correlation id", (t) => {
  const request = prepareEngineRequest({
    apiUrl,
    method: "POST",
    path: "/openstacknetworkproviders/0a6f/testconnectivity",
    body: {},
    query: { async: "true" },
    timeoutMs: 1000,
  });

  t.like(request, {
    method: "POST",
    path: "/openstacknetworkproviders/0a6f/testconnectivity",
    url: `${apiUrl}/openstacknetworkproviders/0a6f/testconnectivity?async=true`,
    body: "{}",
    timeoutMs: 1000,
  });
  t.regex(request.correlationId, /^[0-9a-f-]{36}$/);
});

test("the root request is shown as / and has no body", (t) => {
  const request = prepareEngineRequest({
    apiUrl,
    method: "GET",
    path: "/",
    body: undefined,
    timeoutMs: 1000,
  });

  t.is(request.path, "/");
  t.is(request.url, apiUrl);
  t.false("body" in request);
});

test("a query joins one already in the path", (t) => {
  const request = prepareEngineRequest({
    apiUrl,
    method: "GET",
    path: "/clusters?follow=networks",
    body: undefined,
    query: { search: "name=a b" },
    timeoutMs: 1000,
  });

  t.is(request.url, `${apiUrl}/clusters?follow=networks&search=name%3Da+b`);
});

test("each request gets its own correlation id", (t) => {
  const input = { apiUrl, method: "GET" as const, path: "/", body: undefined, timeoutMs: 1 };

  t.not(prepareEngineRequest(input).correlationId, prepareEngineRequest(input).correlationId);
});

test("REST calls send JSON, version 4, the correlation id and the bearer token", (t) => {
  const request = prepareEngineRequest({
    apiUrl,
    method: "GET",
    path: "/",
    body: undefined,
    timeoutMs: 1,
  });

  t.deepEqual(engineRequestHeaders(request, "tok"), {
    Accept: "application/json",
    "Content-Type": "application/json",
    Version: "4",
    "Correlation-Id": request.correlationId,
    Authorization: "Bearer tok",
  });
});
