import { expect, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";

test("an administrator's test email goes through the outbox and arrives in the development mailbox", async ({
  page,
}) => {
  await page.goto("/sign-in?callbackUrl=%2Fsettings%2Femail");
  await page.getByLabel("Email").fill(E2E_ADMIN_EMAIL);
  await page.getByLabel("Password").fill(E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Email", exact: true })).toBeVisible();

  await page.getByLabel("Send a test email to").fill("not-an-address");
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();

  const recipient = `ops-${Date.now()}@example.com`;
  await page.getByLabel("Send a test email to").fill(recipient);
  await page.getByRole("button", { name: "Send test email" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Test email queued" })).toBeVisible();

  // The worker in the server delivers it; the page shows the mailbox as it is on each load.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("dev-mailbox")).toContainText(recipient);
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId("dev-mailbox")).toContainText("Rightsdesk test email");
});
