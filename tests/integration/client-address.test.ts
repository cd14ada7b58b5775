import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/requests/route";
import { resetEnvForTests } from "@/lib/config/env";
import { createAppServer } from "@/lib/http/app-server";
import { parseTrustedProxies } from "@/lib/http/client-address";
import { correctionRequest } from "../support/requests";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The public intake behind the app server, reached over real sockets from different loopback addresses
// (127.0.0.2, 127.0.0.3, ...), as visitors would reach `npm start`.
async function intakeRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const response = await POST(
    new Request(`http://localhost${req.url}`, {
      method: req.method,
      headers,
      body: Readable.toWeb(req) as ReadableStream,
      duplex: "half",
    } as RequestInit),
  );
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(await response.text());
}

function submitFrom(port: number, localAddress: string, forwardedFor?: string): Promise<number> {
  const body = JSON.stringify(correctionRequest());
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        localAddress,
        path: "/api/v1/requests",
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
          // A client cannot name its own bucket through the app server's header either.
          "x-rightsdesk-client": "192.0.2.99",
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function listening(trustedProxies: string | undefined) {
  const server = createAppServer(intakeRoute, parseTrustedProxies(trustedProxies));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

describe("forwarding headers through the app server", () => {
  async function seenBy(trustedProxies: string | undefined, localAddress: string) {
    const server = createAppServer((req, res) => {
      res.end(JSON.stringify(req.headers));
    }, parseTrustedProxies(trustedProxies));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const forwarded = {
      "x-forwarded-for": "198.51.100.7",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-rightsdesk-client": "192.0.2.99",
    };
    try {
      const body = await new Promise<string>((resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, localAddress, headers: forwarded }, (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve(text));
        });
        req.on("error", reject);
        req.end();
      });
      return JSON.parse(body) as Record<string, string | undefined>;
    } finally {
      server.close();
    }
  }

  it("are dropped when the peer is not a trusted proxy, so a client cannot pick its host, scheme or address", async () => {
    const headers = await seenBy(undefined, "127.0.0.6");
    expect(headers["x-rightsdesk-client"]).toBe("127.0.0.6");
    expect(headers["x-forwarded-for"]).toBeUndefined();
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
  });

  it("are kept from a trusted proxy", async () => {
    const headers = await seenBy("127.0.0.6", "127.0.0.6");
    expect(headers["x-rightsdesk-client"]).toBe("198.51.100.7");
    expect(headers["x-forwarded-host"]).toBe("evil.example");
    expect(headers["x-forwarded-proto"]).toBe("https");
  });
});

describe("per-address limits behind the app server", () => {
  let database: TestDatabase;
  let close: (() => void) | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => {
    close?.();
    close = undefined;
  });
  afterAll(() => database.drop());

  it("count the socket's address by default: a rotating X-Forwarded-For neither escapes the limit nor blocks others", async () => {
    const { server, port } = await listening(undefined);
    close = () => server.close();
    const first: number[] = [];
    for (let i = 0; i < 11; i++) first.push(await submitFrom(port, "127.0.0.2", `198.51.100.${i}`));
    // INTAKE_LIMIT_PER_IP_HOUR is 10: the eleventh from the same machine is refused, spoofed header or not.
    expect(first.slice(0, 10).every((status) => status === 202)).toBe(true);
    expect(first[10]).toBe(429);
    // Another visitor is not in that bucket.
    expect(await submitFrom(port, "127.0.0.3")).toBe(202);
    expect(await submitFrom(port, "127.0.0.3", "127.0.0.2")).toBe(202);
  });

  it("honour X-Forwarded-For only from a configured proxy, counted from the right", async () => {
    process.env.TRUSTED_PROXIES = "127.0.0.4";
    resetEnvForTests();
    const { server, port } = await listening(process.env.TRUSTED_PROXIES);
    close = () => server.close();
    // Through the proxy, each client it names has its own allowance (and the client's own claim to its left is ignored).
    const viaProxy: number[] = [];
    for (let i = 0; i < 11; i++) viaProxy.push(await submitFrom(port, "127.0.0.4", `6.6.6.6, 203.0.113.${i}`));
    expect(viaProxy.every((status) => status === 202)).toBe(true);
    // One client through the proxy still meets its own limit.
    const one: number[] = [];
    for (let i = 0; i < 11; i++) one.push(await submitFrom(port, "127.0.0.4", "203.0.113.200"));
    expect(one[10]).toBe(429);
    // A peer that is not the proxy is counted by its own address.
    const direct: number[] = [];
    for (let i = 0; i < 11; i++) direct.push(await submitFrom(port, "127.0.0.5", `198.18.0.${i}`));
    expect(direct[10]).toBe(429);
    delete process.env.TRUSTED_PROXIES;
    resetEnvForTests();
  });
});
