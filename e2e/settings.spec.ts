import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { emailTo, latestEmail, linkPath, VERIFY_LINK } from "./support/mailbox";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { signIn } from "./support/staff";

// The subject still starts as the template's own, so specs reading acknowledgements later keep matching.
const SUBJECT = "We received your request {reference} (answer by {dueDate})";

test("an administrator changes the acknowledgement's English subject, previews it, saves it, and the next acknowledgement uses it", async ({
  page,
  request,
}) => {
  await page.goto("/sign-in?callbackUrl=%2Fsettings");
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.getByRole("link", { name: "Email texts" }).click();
  await expect(page.getByRole("heading", { name: "Email texts", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Request received \(acknowledgement\)/ })).toBeVisible();

  const english = page.getByRole("group", { name: "English" });
  const subject = english.getByLabel("Subject");

  // A placeholder the email does not offer is refused next to its field, before anything is saved.
  await subject.fill("Your {ticket} is in");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(
    english.getByText(/Unknown placeholder \{ticket\}\. This email can use \{reference\}, \{dueDate\}/),
  ).toBeVisible();
  await expect(subject).toHaveAttribute("aria-invalid", "true");

  await subject.fill(SUBJECT);
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("email-preview");
  await expect(preview.getByTestId("preview-en-now-subject")).toHaveText("We received your request DSR-2026-000123");
  await expect(preview.getByTestId("preview-en-after-subject")).toHaveText(
    "We received your request DSR-2026-000123 (answer by 2026-12-18)",
  );
  // Chinese is previewed too, and stays as it was.
  await expect(preview.getByTestId("preview-zh-after-subject")).toHaveText("我们已收到您的请求 DSR-2026-000123");
  await expect(preview.locator("iframe[sandbox]").first()).toBeAttached();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Save texts" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Saved. Emails sent from now on use these texts." }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "English" }).getByLabel("Subject")).toHaveValue(SUBJECT);

  // A requester confirms a new request: the acknowledgement arrives with the new subject.
  const email = `settings-${Date.now()}@example.com`;
  const submitted = await request.post("/api/v1/requests", {
    data: {
      type: "ACCESS",
      relationship: "SELF",
      details: { scope: "Everything you hold about me" },
      requester: { name: "Pat Example", email, country: "IE", locale: "en" },
    },
  });
  expect(submitted.status()).toBe(202);
  const link = linkPath(await emailTo(email, /confirm your email/i, 15_000), VERIFY_LINK);
  const requester = await (await page.context().browser()!.newContext()).newPage();
  await requester.goto(link);
  await requester.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(requester.getByText("Your email address is confirmed")).toBeVisible();
  await expect(async () => {
    const acknowledgement = await latestEmail(email, /We received your request DSR-/);
    expect(acknowledgement?.subject).toMatch(
      /^We received your request DSR-\d{4}-\d{6} \(answer by \d{4}-\d{2}-\d{2}\)$/,
    );
  }).toPass({ timeout: 15_000 });

  // Back to the email's own subject.
  await page.getByRole("group", { name: "English" }).getByLabel("Subject").fill("");
  await page.getByRole("button", { name: "Save texts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
});
