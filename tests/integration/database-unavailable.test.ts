import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/requests/route";
import { connect, setConnection, type Connection } from "@/lib/db/client";
import { errorResponse } from "@/lib/errors/http";
import { replyOptionsFor } from "@/lib/forms/form-action";
import { translatorFor } from "@/lib/i18n/translator";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { correctionRequest } from "../support/requests";
import { fromClient } from "../support/client";

// Nothing listens on port 1: every connection is refused, as while PostgreSQL restarts.
describe("when the database cannot be reached", () => {
  let unreachable: Connection;
  beforeAll(() => {
    unreachable = connect({ kind: "postgres", url: "postgresql://nobody@127.0.0.1:1/none" });
    setConnection(unreachable);
  });
  afterAll(async () => {
    setConnection(undefined);
    await unreachable.prisma.$disconnect();
  });

  it("the JSON intake answers 503 with Retry-After and a plain message, at once", async () => {
    const started = Date.now();
    const response = await POST(
      new Request("http://localhost/api/v1/requests", {
        method: "POST",
        headers: { "content-type": "application/json", ...fromClient("192.0.2.1") },
        body: JSON.stringify(correctionRequest()),
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      error: { code: "UNAVAILABLE", message: "The service is briefly unavailable. Try again in a few seconds." },
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("the public form keeps what was typed and asks to try again", async () => {
    const error = await submitRequest({ request: correctionRequest(), channel: "WEB", ip: "192.0.2.2" }).catch(
      (e: unknown) => e,
    );
    expect(replyOptionsFor(error, translatorFor("en"))).toEqual({
      formErrors: ["The service is briefly unavailable. Try again in a few seconds."],
    });
    expect(replyOptionsFor(error, translatorFor("zh"))).toEqual({ formErrors: ["服务暂时不可用，请几秒钟后重试。"] });
  });

  it("other unexpected errors stay internal errors with an id", async () => {
    const response = errorResponse(new Error("a bug"), new Request("http://localhost/api/v1/cases/DSR-2026-000001"));
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/error id/);
  });
});
