import { expect, type Browser, type Page } from "@playwright/test";
import { latestEmail } from "./mailbox";

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * Has the signed-in administrator on `adminPage` invite a staff member, who then sets a password from
 * the emailed link and signs in, in a browser of their own. Returns that signed-in page.
 */
export async function inviteStaff(
  adminPage: Page,
  browser: Browser,
  staff: { name: string; role: "Privacy officer" | "Analyst" | "Auditor" },
): Promise<Page> {
  const email = `${staff.role.toLowerCase().replace(" ", "-")}-${Date.now()}@example.com`;
  const password = `${staff.role} password for e2e`;
  await adminPage.goto("/settings/users");
  await adminPage.getByLabel("Email", { exact: true }).fill(email);
  await adminPage.getByLabel("Name", { exact: true }).fill(staff.name);
  await adminPage.getByLabel("Role", { exact: true }).selectOption({ label: staff.role });
  await adminPage.getByRole("button", { name: "Send invitation", exact: true }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Invitation sent" })).toBeVisible();
  let link = "";
  await expect(async () => {
    const mail = await latestEmail(email, /invited to Rightsdesk/);
    link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(mail?.text ?? "")?.[0] ?? "";
    expect(link).not.toBe("");
  }).toPass({ timeout: 20_000 });
  const page = await (await browser.newContext()).newPage();
  await page.goto(new URL(link).pathname);
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is set" })).toBeVisible();
  await page.goto("/sign-in");
  await signIn(page, email, password);
  return page;
}
