import { expect, test, type Page } from "@playwright/test";
import { fromClient } from "./support/client";
import { hydrated } from "./support/hydration";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";

/** Submits the sign-in form and waits for the server action's answer (the message may not change). */
async function submitSignIn(page: Page, words: { email: string; password: string; submit: string }, password: string) {
  // The form answers through React: fill it once hydrated and after the previous answer has reset it.
  const submit = await hydrated(page.getByRole("button", { name: words.submit }));
  await expect(submit).toBeEnabled();
  await page.getByLabel(words.email).fill(E2E_ADMIN_EMAIL);
  await page.getByLabel(words.password).fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/sign-in"));
  await submit.click();
  await answered;
}

test("signed out, the staff area leads to the sign-in page", async ({ page }) => {
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcases/);
  await expect(page.getByRole("heading", { name: "Rightsdesk staff sign-in" })).toBeVisible();
});

test("a wrong password shows an error and keeps the person on the sign-in page", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E_ADMIN_EMAIL);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is not correct." })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an empty form gets errors next to its fields", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("the seeded admin signs in, sees the case queue, and signs out", async ({ page }) => {
  await page.goto("/cases");
  await page.getByLabel("Email").fill(E2E_ADMIN_EMAIL);
  await page.getByLabel("Password").fill(E2E_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole("heading", { name: "Case queue" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText("Administrator");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("guesses from another address make only that address wait, told in its language; the owner is told at the next sign-in", async ({
  browser,
  page,
}) => {
  test.slow(); // five sign-ins, each an argon2id check, on a shared machine
  const elsewhere = await browser.newContext({ locale: "zh-CN", extraHTTPHeaders: fromClient("203.0.113.50") });
  const guesser = await elsewhere.newPage();
  await guesser.goto("/sign-in");
  await expect(guesser.getByRole("heading", { name: "Rightsdesk 员工登录" })).toBeVisible();
  const chinese = { email: "电子邮件", password: "密码", submit: "登录" };
  for (const guess of ["guess one", "guess two", "guess three"]) {
    await submitSignIn(guesser, chinese, guess);
    await expect(guesser.getByRole("alert").filter({ hasText: "电子邮件或密码不正确。" })).toBeVisible();
  }
  // The fourth try must wait, even with the right password, and says for how long.
  await submitSignIn(guesser, chinese, E2E_ADMIN_PASSWORD);
  await expect(guesser.getByRole("alert").filter({ hasText: "登录失败次数过多" })).toHaveText(
    /^登录失败次数过多，请在(29|30)秒钟后重试。$/,
  );
  await expect(guesser).toHaveURL(/\/sign-in/);
  await elsewhere.close();

  // The owner, from their own address, signs in at once and is told.
  await page.goto("/cases");
  await submitSignIn(page, { email: "Email", password: "Password", submit: "Sign in" }, E2E_ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/cases$/);
  const notice = page.getByTestId("failed-sign-in-notice");
  await expect(notice).toContainText(
    /^There were 3 failed sign-in attempts on your account since your previous sign-in, the last on .+ UTC\./,
  );
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Case queue" })).toBeVisible();
  await expect(notice).toBeHidden();
});
