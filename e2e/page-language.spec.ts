import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { openForm } from "./support/hydration";

const htmlLang = (page: Page) => page.locator("html").getAttribute("lang");

test("<html lang> and the title are the page's language, from the browser or the switch", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await openForm(page, "/request/access");
  expect(await htmlLang(page)).toBe("zh-Hans");
  await expect(page).toHaveTitle("提交请求 · Rightsdesk");
  // Switching language moves within the app: the page says its language without a reload.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "中文" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  expect(await htmlLang(page)).toBe("en");
  await expect(page).toHaveTitle("Make a request · Rightsdesk");
  await context.close();
});

test("staff pages are in the staff area's language whatever the visitor's public pages are in", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/sign-in?callbackUrl=%2Fcases");
  expect(await htmlLang(page)).toBe("zh-Hans");
  await expect(page).toHaveTitle("员工登录 · Rightsdesk");
  await page.getByLabel("电子邮件").fill(E2E_ADMIN_EMAIL);
  await page.getByLabel("密码").fill(E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("heading", { name: "Case queue" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  expect(await htmlLang(page)).toBe("en");
  await context.close();
});

test("a staff member chooses the language of Rightsdesk and their emails in their profile", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=%2Fcases");
  await page.getByLabel("Email").fill(E2E_ADMIN_EMAIL);
  await page.getByLabel("Password").fill(E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in-as").click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  const form = page.locator("main form");
  await expect(form.getByRole("radio", { name: "English" })).toBeChecked();
  await form.getByRole("radio", { name: "简体中文" }).check();
  await form.getByRole("button", { name: "Save" }).click();
  // The confirmation is in the language just chosen, and so is the staff area from then on.
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "个人资料" })).toBeVisible();
  expect(await htmlLang(page)).toBe("zh-Hans");
  await expect(form.getByRole("radio", { name: "简体中文" })).toBeChecked();
  // Back to English, as the other specs expect the administrator's pages and emails.
  await form.getByRole("radio", { name: "English" }).check();
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
});
