import { expect, test, type Page } from "@playwright/test";
import { openForm } from "./support/hydration";
import { emailTo, linkPath, STATUS_LINK, VERIFY_LINK } from "./support/mailbox";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { fromClient } from "./support/client";

/** Collects the page's policy violations, from the DOM event and from the console, across navigations. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return violations;
}

test("the policy allows only the scripts of this response: injected inline script is blocked and reported", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.route("**/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/");
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(violations.join("\n")).toContain("script-src");
});

test("every kind of page loads and works under the policy with no violation", async ({ page, request }) => {
  const violations = await watchViolations(page);
  const policies = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "document") {
      const policy = response.headers()["content-security-policy"];
      if (policy) policies.add(policy);
    }
  });

  // Public pages, with the form's client-side checks running (they need the page's scripts).
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await openForm(page, "/request/access");
  await page.getByLabel("Your email address").fill("not-an-email");
  await page.getByLabel("Your email address").blur();
  await expect(page.locator("#requester\\.email-error")).toHaveText("Enter a valid email address.");

  // A requester's confirmation page and private status page.
  const email = `csp-${Date.now()}@example.com`;
  const submitted = await request.post("/api/v1/requests", {
    // An address of its own, so this spec does not spend the run's per-IP intake allowance.
    headers: fromClient("198.51.100.32"),
    data: {
      type: "ACCESS",
      relationship: "SELF",
      details: { scope: "Everything you hold about me" },
      requester: { name: "Casey Policy", email, country: "IE", locale: "en" },
    },
  });
  expect(submitted.status()).toBe(202);
  await page.goto(linkPath(await emailTo(email, /confirm your email/i, 15_000), VERIFY_LINK));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByText("Your email address is confirmed")).toBeVisible();
  await page.goto(linkPath(await emailTo(email, /We received your request DSR-/, 15_000), STATUS_LINK));
  await expect(page.getByTestId("reference")).toBeVisible();

  // Staff: sign-in, the case queue, a settings page with a form checked in the browser.
  await page.goto("/sign-in?callbackUrl=%2Fcases");
  await page.getByLabel("Email").fill(E2E_ADMIN_EMAIL);
  await page.getByLabel("Password").fill(E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/cases/);
  await page.reload(); // the queue as a document of its own, not only rendered by client navigation
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/settings/email");
  await page.getByLabel("Send a test email to").fill("not-an-address");
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();

  expect(violations).toEqual([]);
  // Each document got its own nonce, and no page allows inline script or eval.
  expect(policies.size).toBeGreaterThanOrEqual(7);
  for (const policy of policies) {
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
  }
});
