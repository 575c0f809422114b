import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { Server } from "node:https";
import type { Socket } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import type { ApiService } from "./api-service";
import { headerValue } from "./api-service";
import { correlationIdOf } from "./correlation-id";
import type { Credentials } from "./credentials";
import type { FaultInjector } from "./fault-injection";
import { busyReply, scriptedReply } from "./injected-replies";
import { pkiResource } from "./pki-resource";
import { errorPage } from "./reply-rendering";
import type { RenderedReply } from "./reply-rendering";
import type { LoggedRequest, SimulatorRequestLog } from "./request-log";
import type { SessionRegistry } from "./sessions";
import { issueSsoToken, logoutSsoToken } from "./sso";
import type { KeyedCertificate } from "./tls-authority";

export interface ServerParts {
  certificate: KeyedCertificate;
  caCertificatePem: string;
  api: ApiService;
  credentials: Credentials;
  sessions: SessionRegistry;
  faults: FaultInjector;
  requests: SimulatorRequestLog;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * The HTTPS front of the simulated engine. Every request is logged, then fault injection may
 * answer for the engine (busy 503, scripted status, dropped connection, stall), then latency
 * is added and the request goes to SSO, the PKI resource or the API.
 */
export class SimulatorServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly stallTimers = new Set<NodeJS.Timeout>();
  private inFlight = 0;
  private closing: Promise<void> | undefined;

  constructor(private readonly parts: ServerParts) {
    this.server = createServer(
      { cert: parts.certificate.certificatePem, key: parts.certificate.privateKeyPem },
      (request, response) => void this.serve(request, response),
    );
    this.server.on("connection", (socket: Socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  async listen(port: number, host = "127.0.0.1"): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("server has no port");
    return address.port;
  }

  /** Stops listening and drops every open connection, stalled ones included; idempotent. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      for (const timer of this.stallTimers) clearTimeout(timer);
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
    return this.closing;
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "https://127.0.0.1");
    const method = (request.method ?? "GET").toUpperCase();
    const entry = this.parts.requests.start(
      method,
      url.pathname,
      Object.fromEntries(url.searchParams),
    );
    this.inFlight += 1;
    // Logged, and no longer counted against the concurrency bound, when the answer is written
    // (before the client can see it) or when the connection closes without one. Waiting for the
    // response's "close" instead would count a request the client already has its answer to.
    let logged = false;
    const log = (status: number | undefined) => {
      if (!logged) {
        this.parts.requests.finish(entry, status);
        this.inFlight -= 1;
      }
      logged = true;
    };
    response.on("close", () => log(response.headersSent ? response.statusCode : undefined));
    const send = (reply: RenderedReply) => {
      log(reply.status);
      writeReply(response, reply);
    };
    try {
      const bodyText = await readBody(request);
      const limit = this.parts.faults.maxConcurrentRequests;
      if (limit !== undefined && this.inFlight > limit) {
        entry.injected = "busy";
        return send(busyReply());
      }
      const failure = this.parts.faults.take(method, url.pathname);
      if (failure !== undefined) entry.injected = failure.kind;
      if (failure?.kind === "drop") return void request.socket.destroy();
      if (failure?.kind === "stall") return this.stall(request, failure.ms);
      if (this.parts.faults.latencyMs > 0) await delay(this.parts.faults.latencyMs);
      if (failure?.kind === "status") return send(scriptedReply(failure));
      const reply = await this.route(request, method, url, bodyText, entry);
      if (failure?.kind === "drop-after-processing") return void request.socket.destroy();
      send(reply);
    } catch (error) {
      if (!response.headersSent) {
        send({ status: 500, headers: {}, body: errorPage(500, String(error)) });
      }
    }
  }

  private stall(request: IncomingMessage, ms: number | undefined): void {
    if (ms === undefined) return; // held until the client gives up or the simulator stops
    const timer = setTimeout(() => {
      this.stallTimers.delete(timer);
      request.socket.destroy();
    }, ms);
    this.stallTimers.add(timer);
  }

  private async route(
    request: IncomingMessage,
    method: string,
    url: URL,
    bodyText: string,
    entry: LoggedRequest,
  ): Promise<RenderedReply> {
    const path = url.pathname;
    const parameters = () => {
      const merged = new URLSearchParams(url.search);
      new URLSearchParams(bodyText).forEach((value, key) => merged.append(key, value));
      return merged;
    };
    if (path === "/ovirt-engine/sso/oauth/token") {
      return jsonReply(
        issueSsoToken(request.headers, parameters(), this.parts.credentials, this.parts.sessions),
      );
    }
    if (path === "/ovirt-engine/services/sso-logout") {
      return jsonReply(logoutSsoToken(parameters(), this.parts.sessions));
    }
    if (path === "/ovirt-engine/services/pki-resource" && method === "GET") {
      return pkiResource(url, this.parts.caCertificatePem);
    }
    if (path === "/ovirt-engine/api" || path.startsWith("/ovirt-engine/api/")) {
      const query = Object.fromEntries(url.searchParams);
      const correlationId = correlationIdOf(
        request.headers["correlation-id"],
        query.correlation_id,
      );
      entry.correlationId = correlationId;
      const reply = await this.parts.api.handle({
        method,
        apiPath: path.slice("/ovirt-engine/api".length),
        query,
        headers: request.headers,
        bodyText,
        origin: `https://${headerValue(request.headers.host) ?? "127.0.0.1"}`,
      });
      return { ...reply, headers: { ...reply.headers, "Correlation-Id": correlationId } };
    }
    return {
      status: 404,
      headers: { "Content-Type": "text/html" },
      body: errorPage(404, "Not Found"),
    };
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function writeReply(response: ServerResponse, reply: RenderedReply): void {
  response.writeHead(reply.status, {
    ...reply.headers,
    "Content-Length": Buffer.byteLength(reply.body),
  });
  response.end(reply.body);
}

function jsonReply(answer: { status: number; body: Record<string, string> }): RenderedReply {
  return {
    status: answer.status,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(answer.body),
  };
}
