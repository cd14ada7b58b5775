import { expect, test } from "@playwright/test";

// The production build serves every page and route with the security headers; pages whose URL holds a
// secret token send no Referer at all.
test("pages and routes carry the security headers; token pages send no referrer", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/request/access", "/api/health", "/cases"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  for (const path of [
    "/status/not-a-real-token-000000000000000000000",
    "/partner/not-a-real-token-0000000000000000000",
    "/invite/not-a-real-token-00000000000000000000",
    "/task/not-a-real-token-0000000000000000000000",
    "/verify",
    "/verify?token=not-a-real-token",
  ]) {
    const response = await request.get(path);
    expect(response.headers()["referrer-policy"], path).toBe("no-referrer");
    // An unknown link is a plain 404 (expired, revoked and replaced ones answer the same: integration tests).
    if (!path.startsWith("/verify")) expect(response.status(), path).toBe(404);
  }
  expect((await request.get("/")).headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
