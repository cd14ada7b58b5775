import { expect, test, type Page, type Request } from "@playwright/test";
import { latestEmail } from "./support/mailbox";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { signIn } from "./support/staff";
import { fromClient } from "./support/client";
import { hydrated, openForm } from "./support/hydration";

const EVIL = "https://evil.example";

/** Signs the administrator in through the Auth.js endpoints as a client would; returns every Set-Cookie. */
async function signInCookies(baseURL: string, proto: "http" | "https"): Promise<string[]> {
  const headers = { "x-forwarded-proto": proto };
  const csrf = await fetch(`${baseURL}/api/auth/csrf`, { headers });
  const csrfCookies = csrf.headers.getSetCookie();
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie: csrfCookies.map((c) => c.split(";")[0]).join("; ") },
    body: new URLSearchParams({ csrfToken, email: E2E_ADMIN_EMAIL, password: E2E_ADMIN_PASSWORD }),
  });
  return [...csrfCookies, ...response.headers.getSetCookie()];
}

/**
 * Captures the server action the page sends when `submit` runs (the browser's request is dropped) and
 * returns a function that replays it exactly, with the page's cookies, from the given Origin: the
 * request a form on another site could make the person's browser send.
 */
async function captureServerAction(page: Page, submit: () => Promise<void>) {
  const captured = new Promise<Request>((resolve) => {
    void page.route("**/*", async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !(await request.headerValue("next-action"))) return route.continue();
      resolve(request);
      await route.abort();
    });
  });
  await submit();
  const request = await captured;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  const headers = Object.fromEntries(
    Object.entries(await request.allHeaders()).filter(([name]) => !["cookie", "content-length", "host"].includes(name)),
  );
  return (origin: string) =>
    page.request.fetch(request.url(), {
      method: "POST",
      // An address of its own, so this spec does not spend the run's per-IP intake allowance.
      headers: { ...headers, origin, ...fromClient("198.51.100.31") },
      data: request.postDataBuffer() ?? undefined,
      maxRedirects: 0,
    });
}

test("the session and sign-in cookies are HttpOnly and SameSite=Lax, and Secure when served over https", async ({
  baseURL,
}) => {
  // Production runs behind a TLS proxy that sets X-Forwarded-Proto; Auth.js trusts it (trustHost).
  const overHttps = await signInCookies(baseURL!, "https");
  const session = overHttps.find((c) => c.startsWith("__Secure-authjs.session-token="));
  expect(session, overHttps.join("\n")).toBeDefined();
  for (const cookie of overHttps) {
    expect(cookie, cookie).toMatch(/; HttpOnly/i);
    expect(cookie, cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie, cookie).toMatch(/; Secure/i);
  }
  // Plain http (development): the same flags except Secure, which the browser would refuse there.
  const overHttp = await signInCookies(baseURL!, "http");
  const plainSession = overHttp.find((c) => c.startsWith("authjs.session-token="));
  expect(plainSession).toMatch(/; HttpOnly.*; SameSite=Lax|; SameSite=Lax.*; HttpOnly/i);
  expect(plainSession).not.toMatch(/; Secure/i);
});

test("the language cookie is HttpOnly and SameSite=Lax, and Secure over https", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("button", { name: "English" })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === "rd_locale");
  expect(cookie).toMatchObject({ value: "zh", httpOnly: true, secure: true, sameSite: "Lax" });
  await context.close();
});

test("a cross-site post to a staff server action is refused even with a valid session, and changes nothing", async ({
  page,
}) => {
  await page.goto("/sign-in?callbackUrl=%2Fsettings%2Forganization");
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  const sender = page.getByLabel("Sender name");
  const before = await sender.inputValue();
  await sender.fill("Forged Sender Name");
  const replay = await captureServerAction(page, () => page.getByRole("button", { name: "Save" }).click());

  const forged = await replay(EVIL);
  expect(forged.status()).toBe(500); // Next: "Invalid Server Actions request", the action never runs
  await page.reload();
  await expect(page.getByLabel("Sender name")).toHaveValue(before);

  // The same request from the app's own origin is accepted: the session and the request were valid.
  expect((await replay(new URL(page.url()).origin)).status()).toBe(200);
  await page.reload();
  await expect(page.getByLabel("Sender name")).toHaveValue("Forged Sender Name");
  await (await hydrated(page.getByLabel("Sender name"))).fill(before);
  await page.getByRole("button", { name: "Save" }).click();
  // The form's own answer: any alert would do too early (Next's route announcer is one), and reloading
  // before the save has finished would abandon it.
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Sender name")).toHaveValue(before);
});

test("the sign-in endpoint refuses a cross-site post without the CSRF token: no session", async ({ baseURL }) => {
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: EVIL },
    body: new URLSearchParams({ email: E2E_ADMIN_EMAIL, password: E2E_ADMIN_PASSWORD }),
  });
  expect(response.headers.getSetCookie().filter((c) => /session-token=/.test(c))).toEqual([]);
  expect(response.headers.get("location")).toContain("error=MissingCSRF");
});

test("a cross-site post of the public request form is refused and files nothing", async ({ page }) => {
  const email = `forged-${Date.now()}@example.com`;
  // Hydrated first: only the page's scripts send the form as a server action, which is what is captured.
  await openForm(page, "/request/access");
  await page.getByLabel("Your full name").fill("Forged Person");
  await page.getByLabel("Your email address").fill(email);
  await page.getByLabel("Country where you live").selectOption("IE");
  const replay = await captureServerAction(page, () => page.getByRole("button", { name: "Send my request" }).click());
  expect((await replay(EVIL)).status()).toBe(500);
  // The outbox worker polls every 200 ms in this run: a filed request's verification email would be here.
  await page.waitForTimeout(3000);
  expect(await latestEmail(email, /confirm/i)).toBeUndefined();
  // The same request from the app's own origin files it.
  expect((await replay(new URL(page.url()).origin)).status()).toBe(200);
  await expect(async () => expect(await latestEmail(email, /confirm/i)).toBeDefined()).toPass({ timeout: 15_000 });
});
