import type { ApiReply, ApiRequest } from "./api-request";
import { completedAction, queryFlag } from "./api-request";
import { parseCertificate, presentedChain, subjectOf } from "./certificate-chain";
import type { EngineContext } from "./engine-context";
import { engineMessages } from "./engine-messages";
import { mandatoryParameterMissing, notFound, operationFailed } from "./faults";
import type { ProviderCollection } from "./provider-collections";
import { findForCollection } from "./provider-lookup";
import type { ProbeOutcome } from "./provider-probe";
import { probeProvider } from "./provider-probe";
import { readActionBody } from "./request-body";
import type { ApiRouter } from "./router";
import { wireCollection } from "./wire-value";

/** testconnectivity, importcertificates and the certificates sub-collection of a collection. */
export function registerProviderActions(
  router: ApiRouter,
  collection: ProviderCollection,
  context: EngineContext,
): void {
  const path = `${collection.path}/:id`;
  router.add("POST", `${path}/testconnectivity`, (request, params) =>
    testConnectivity(request, findForCollection(params.id, collection, context).id, context),
  );
  router.add("POST", `${path}/importcertificates`, (request, params) => {
    findForCollection(params.id, collection, context);
    return importCertificates(request, context);
  });
  router.add("GET", `${path}/certificates`, async (_request, params) => {
    const provider = findForCollection(params.id, collection, context);
    const chain = await presentedChain(provider.url, context);
    return {
      status: 200,
      document: wireCollection("certificate", "certificates", chain.map(certificateToWire)),
    };
  });
  router.add("GET", `${path}/certificates/:index`, async (_request, params) => {
    const provider = findForCollection(params.id, collection, context);
    const chain = await presentedChain(provider.url, context);
    const index = /^\d+$/.test(params.index ?? "") ? Number(params.index) : -1;
    const content = chain[index];
    if (content === undefined) throw notFound();
    return {
      status: 200,
      document: { rootTag: "certificate", body: certificateToWire(content, index) },
    };
  });
}

// Certificates carry no href and no organization (the model has it, the mapper never fills it).
function certificateToWire(content: string, index: number) {
  return { content, subject: subjectOf(content), id: String(index) };
}

const PROBE_MESSAGES: Record<Exclude<ProbeOutcome, "ok">, () => { text: string }> = {
  unreachable: engineMessages.providerFailure,
  ssl: engineMessages.providerSslFailure,
  authentication: engineMessages.providerAuthenticationFailure,
};

/**
 * Tests the stored provider. A failure of the test itself happens after validation, so it is
 * an execution failure: status 400 by default (engine-api.md §5.2). `async` counts only as a
 * query parameter; the engine ignores it in the body.
 */
async function testConnectivity(
  request: ApiRequest,
  providerId: string,
  context: EngineContext,
): Promise<ApiReply> {
  readActionBody(request, "openstack_network_provider", "test_connectivity");
  const provider = context.store.provider(providerId);
  if (provider === undefined) throw notFound();
  if (queryFlag(request, "async")) {
    void probeProvider(provider, context);
    return { status: 202 };
  }
  const outcome = await probeProvider(provider, context);
  if (outcome !== "ok") throw operationFailed(400, [PROBE_MESSAGES[outcome]().text]);
  return completedAction();
}

/** Imports only the first certificate of the list into the engine's external trust store. */
function importCertificates(request: ApiRequest, context: EngineContext): ApiReply {
  const { reader, value } = readActionBody(request, "external_provider", "import_certificates");
  const first = reader.list(reader.object(value, "certificates"), "certificate")[0];
  const content = first === undefined ? undefined : reader.string(first, "content");
  // The wording for a list-typed parameter is approximate (engine-api.md §9).
  if (content === undefined) throw mandatoryParameterMissing("certificates.content");
  if (parseCertificate(content) === undefined) {
    throw operationFailed(400, [engineMessages.importCertificateFailed().text]);
  }
  context.store.change((state) => {
    if (!state.trustedCertificates.includes(content)) state.trustedCertificates.push(content);
  });
  return completedAction();
}
