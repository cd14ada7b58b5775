import { expect, test } from "@playwright/test";
import { latestEmail } from "./support/mailbox";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";

test("an administrator's test email goes through the outbox and arrives at the SMTP server", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=%2Fsettings%2Femail");
  await page.getByLabel("Email").fill(E2E_ADMIN_EMAIL);
  await page.getByLabel("Password").fill(E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Email", exact: true })).toBeVisible();
  // The run's app sends through SMTP, so there is no development mailbox on the page.
  await expect(page.getByText("Mail is delivered through the configured SMTP server.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Development mailbox" })).toHaveCount(0);

  await page.getByLabel("Send a test email to").fill("not-an-address");
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();

  const recipient = `ops-${Date.now()}@example.com`;
  await page.getByLabel("Send a test email to").fill(recipient);
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Test email queued" })).toBeVisible();

  // The worker in the server delivers it over SMTP to the run's capture server.
  let mail: { subject: string; text: string } | undefined;
  await expect(async () => {
    mail = await latestEmail(recipient, /Rightsdesk test email/);
    expect(mail).toBeDefined();
  }).toPass({ timeout: 15_000 });
  expect(mail!.text).toContain("If you can read it, mail delivery works.");

  // Once delivered, the outbox on the page counts it as sent.
  await page.reload();
  await expect(page.getByTestId("outbox-counts")).toContainText(/sent\s*[1-9]/);
});
