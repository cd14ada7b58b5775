import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { latestEmail } from "./support/mailbox";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin invites an analyst, who sets a password and works until the admin disables the account", async ({
  page: adminPage,
  browser,
}) => {
  const analystEmail = `analyst-${Date.now()}@example.com`;
  const analystName = `Ana Lyst ${Date.now()}`;
  const analystPassword = "analyst password for e2e";

  // The administrator invites the analyst.
  await adminPage.goto("/sign-in?callbackUrl=%2Fsettings%2Fusers");
  await signIn(adminPage, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await expect(adminPage.getByRole("heading", { name: "Users", exact: true })).toBeVisible();
  await expect(
    adminPage.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Users", exact: true }),
  ).toBeVisible();
  await adminPage.getByLabel("Email", { exact: true }).fill(analystEmail);
  await adminPage.getByLabel("Name", { exact: true }).fill(analystName);
  await adminPage.getByLabel("Role", { exact: true }).selectOption({ label: "Analyst" });
  await adminPage.getByRole("button", { name: "Send invitation", exact: true }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Invitation sent" })).toBeVisible();
  const analystRow = adminPage.getByRole("row").filter({ hasText: analystEmail });
  await expect(analystRow).toContainText("Invited");
  await expectNoSeriousA11yViolations(adminPage);

  // The same address again is refused next to its field.
  await adminPage.getByLabel("Email", { exact: true }).fill(analystEmail);
  await adminPage.getByLabel("Name", { exact: true }).fill(analystName);
  await adminPage.getByRole("button", { name: "Send invitation", exact: true }).click();
  await expect(adminPage.getByText("A staff account with this email address already exists.")).toBeVisible();

  // The invitation arrives (delivered by the outbox worker) with the link.
  let link = "";
  await expect(async () => {
    const mail = await latestEmail(analystEmail, /invited to Rightsdesk/);
    link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(mail?.text ?? "")?.[0] ?? "";
    expect(link).not.toBe("");
  }).toPass({ timeout: 20_000 });
  const origin = new URL(link).origin;

  // The analyst, in a browser of their own, sets a password and signs in.
  const analystContext = await browser.newContext();
  const analystPage = await analystContext.newPage();
  await analystPage.goto(link);
  await expect(analystPage.getByRole("heading", { name: "Set your Rightsdesk password" })).toBeVisible();
  await expectNoSeriousA11yViolations(analystPage);
  await analystPage.getByLabel("New password").fill("too short");
  await analystPage.getByLabel("Repeat the password").fill("too short");
  await analystPage.getByRole("button", { name: "Set password" }).click();
  await expect(analystPage.getByText("Use at least 12 characters.")).toBeVisible();
  await analystPage.getByLabel("New password").fill(analystPassword);
  await analystPage.getByLabel("Repeat the password").fill(analystPassword);
  await analystPage.getByRole("button", { name: "Set password" }).click();
  await expect(analystPage.getByRole("status").filter({ hasText: "Your password is set" })).toBeVisible();
  await analystPage.getByRole("link", { name: "Sign in" }).click();
  await expect(analystPage).toHaveURL(/\/sign-in/);
  await signIn(analystPage, analystEmail, analystPassword);
  await expect(analystPage).toHaveURL(/\/cases$/);
  await expect(analystPage.getByRole("heading", { name: "Case queue" })).toBeVisible();
  await expect(analystPage.getByTestId("signed-in-as")).toContainText("Analyst");
  await expect(
    analystPage.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Users", exact: true }),
  ).toHaveCount(0);

  // The link worked once.
  await analystPage.goto(link);
  await expect(analystPage.getByText("This invitation link does not work.")).toBeVisible();

  // Administration is not for analysts.
  await analystPage.goto(`${origin}/settings/users`);
  await expect(analystPage).toHaveURL(/\/forbidden$/);
  await expect(analystPage.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

  // The administrator sees the account active, then disables it.
  await adminPage.reload();
  await expect(analystRow).toContainText("Active");
  await expect(analystRow).not.toContainText("Never");
  await analystRow.getByRole("button", { name: `Disable ${analystName}` }).click();
  await expect(analystRow.getByRole("status")).toHaveText("Account disabled.");
  await expect(analystRow).toContainText("Disabled");

  // The analyst's very next page load ends at the sign-in page, and signing in again is refused.
  await analystPage.goto(`${origin}/cases`);
  await expect(analystPage).toHaveURL(/\/sign-in/);
  await signIn(analystPage, analystEmail, analystPassword);
  await expect(analystPage.getByRole("alert").filter({ hasText: "This account is disabled." })).toBeVisible();
  await analystContext.close();
});
