import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import { type AppError } from "@/lib/errors/app-error";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { STATUS_LINK_TTL_MS } from "@/lib/server/intake/status-link";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { verifyByLink } from "@/lib/server/intake/verify-email";
import { statusView } from "@/lib/server/status/status-view";
import { lastEmailPayload } from "../support/outbox";
import { correctionRequest } from "../support/requests";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { fromClient } from "../support/client";

/** A request to a page as the proxy sees it, from the given address. */
function pageRequest(path: string, ip: string): NextRequest {
  return new NextRequest(`http://localhost${path}`, { headers: fromClient(ip) });
}

describe("pages reached by a secret link", () => {
  let database: TestDatabase;
  let statusToken: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    const { caseId } = await submitRequest({ request: correctionRequest(), channel: "WEB", ip: "203.0.113.50" });
    const { token } = await lastEmailPayload<{ token: string }>(database.prisma, caseId!, "requester-verification");
    await verifyByLink({ token });
    ({ statusToken } = await lastEmailPayload<{ statusToken: string }>(
      database.prisma,
      caseId!,
      "requester-acknowledgement",
    ));
  });
  afterAll(() => database.drop());
  afterEach(() => vi.useRealTimers());

  it("answer unknown, expired and revoked status links with the same 404", async () => {
    const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as AppError);
    const unknown = await failure(statusView("x".repeat(43)));
    const expired = await failure(statusView(statusToken, new Date(Date.now() + STATUS_LINK_TTL_MS + 60_000)));
    await expect(statusView(statusToken)).resolves.toMatchObject({ status: "NEW" });
    const link = await database.prisma.statusLink.findFirstOrThrow({ where: { revokedAt: null } });
    await database.prisma.statusLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
    const revoked = await failure(statusView(statusToken));
    await database.prisma.statusLink.update({ where: { id: link.id }, data: { revokedAt: null } });
    for (const error of [unknown, expired, revoked]) {
      expect([error?.status, error?.message]).toEqual([404, unknown?.message]);
    }
  });

  it("are limited to 30 requests a minute per address: a valid link works below it, then 429 with Retry-After", async () => {
    // Twenty seconds into a minute, so the fixed one-minute window cannot turn over during the test.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Math.floor(Date.now() / 60_000) * 60_000 + 60_000 + 20_000));
    const ip = "198.51.100.77";
    const paths = [
      `/status/${statusToken}`,
      "/partner/some-unknown-link-token-000000",
      "/task/some-unknown-task-link-token-00000",
      "/invite/nope",
      "/verify",
    ];
    for (let i = 0; i < 30; i++) {
      const response = await proxy(pageRequest(paths[i % paths.length]!, ip));
      expect(response.status, `request ${i + 1}`).toBe(200);
      expect(response.headers.get("x-middleware-next")).toBe("1");
    }
    await expect(statusView(statusToken)).resolves.toMatchObject({ status: "NEW" });

    const refused = await proxy(pageRequest(`/status/${statusToken}`, ip));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("40");
    expect(refused.headers.get("content-type")).toContain("text/plain");
    expect(await refused.text()).toBe("Too many requests from your network. Wait a minute and try again.\n");
    expect((await proxy(pageRequest("/verify?token=abc", ip))).status).toBe(429);

    // Other pages from that address, and the same page from another address, are not held up.
    expect((await proxy(pageRequest("/request/access", ip))).status).toBe(200);
    expect((await proxy(pageRequest(`/status/${statusToken}`, "198.51.100.78"))).status).toBe(200);
    // The next minute the address may look again.
    vi.setSystemTime(new Date(Date.now() + 40_000));
    expect((await proxy(pageRequest(`/status/${statusToken}`, ip))).status).toBe(200);
  });
});
