import { expect, test, type Locator, type Page } from "@playwright/test";
import { messages } from "@/lib/i18n/messages";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { expectNoEnglish } from "./support/english-left";
import { emailTo, latestEmail, linkPath, VERIFY_LINK } from "./support/mailbox";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { attachScreenshot } from "./support/screenshot";
import { signIn } from "./support/staff";

const zh = messages.zh;

// Thirty pages checked with axe and a case through every action: about 2.5 min on a quiet machine.
test.setTimeout(480_000);
// The browser asks for Chinese: pages before sign-in (sign-in, invitation) follow it.
test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });

/** Submits one of the case page's action forms (found by its id) and waits for the page to settle. */
async function submit(form: Locator) {
  await form.locator('button[type="submit"]').first().click();
}

/** The page is in Chinese: `<html lang>`, no English words outside the data, no serious accessibility fault. */
async function inChinese(page: Page, data: readonly string[], screenshot?: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expectNoEnglish(page, data);
  await expectNoSeriousA11yViolations(page);
  if (screenshot) await attachScreenshot(page, screenshot);
}

test("a staff member who reads Chinese works the whole staff area in Chinese: queue, case page and every action, reports, customers, settings", async ({
  browser,
  request,
}) => {
  const stamp = Date.now();
  const requesterEmail = `wang-${stamp}@example.com`;
  const staffName = `李明${stamp}`;
  const staffEmail = `li-${stamp}@example.com`;
  const password = `中文员工的密码 ${stamp}`;
  // What the test types: data, left as typed (names, messages), so not "English left on the page".
  // The demo administrator's name, as seeded, appears where staff are listed.
  const data = [staffName, "王小明", "Demo Administrator"];

  // A request in Chinese, confirmed by its link.
  const submitted = await request.post("/api/v1/requests", {
    // A client address of its own: the run's other specs keep their per-address allowance.
    headers: { "X-Forwarded-For": "198.51.100.86" },
    data: {
      type: "ACCESS",
      relationship: "SELF",
      details: { scope: "我账户中的全部数据" },
      // Living in Germany: the GDPR allows the extension this journey takes.
      requester: { name: "王小明", email: requesterEmail, country: "DE", locale: "zh" },
    },
  });
  expect(submitted.status()).toBe(202);
  const requesterPage = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await requesterPage.goto(linkPath(await emailTo(requesterEmail, /确认/), VERIFY_LINK));
  await requesterPage.getByRole("button", { name: zh.verify.confirmButton }).click();
  await expect(requesterPage.getByTestId("reference")).toBeVisible();
  const reference = (await requesterPage.getByTestId("reference").textContent())!.trim();

  // The administrator (English) invites a colleague whose language is Chinese.
  const admin = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await admin.goto("/sign-in");
  await signIn(admin, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await admin.goto("/settings/users");
  await admin.locator('form [name="email"]').first().fill(staffEmail);
  await admin.locator('form [name="name"]').first().fill(staffName);
  await admin.locator('form [name="role"]').first().selectOption("ADMIN");
  await admin.locator('form [name="locale"]').first().selectOption("zh");
  await admin.locator('form [name="locale"]').first().locator("xpath=ancestor::form").locator('button[type="submit"]').click();
  let link = "";
  await expect(async () => {
    const mail = await latestEmail(staffEmail, /Rightsdesk/);
    link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(mail?.text ?? "")?.[0] ?? "";
    expect(link).not.toBe("");
  }).toPass({ timeout: 20_000 });

  // The invitation page and the sign-in page follow the browser: Chinese.
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await page.goto(new URL(link).pathname);
  await inChinese(page, data);
  await page.locator('[name="password"]').fill(password);
  await page.locator('[name="confirmPassword"]').fill(password);
  await page.locator('form:has([name="confirmPassword"]) button[type="submit"]').click();
  await expect(page.getByRole("status")).toBeVisible();
  await page.goto("/sign-in");
  await inChinese(page, data, "sign-in-zh");
  await page.locator('[name="email"]').fill(staffEmail);
  await page.locator('[name="password"]').fill(password);
  await page.getByRole("button", { name: zh.signIn.submit }).click();
  await expect(page).toHaveURL(/\/cases/);

  // The queue.
  await page.locator('[name="q"]').fill(reference);
  await page.locator('[name="q"]').press("Enter");
  await expect(page.getByTestId("case-queue")).toContainText(reference);
  await inChinese(page, data, "queue-zh");
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { name: new RegExp(reference) })).toBeVisible();
  await inChinese(page, data, "case-page-zh");

  // Every action a case takes, each answered in Chinese on a page still all in Chinese.
  const form = (id: string) => page.getByTestId(id);
  const status = page.getByTestId("case-status");

  const me = await form("assign").locator("option", { hasText: staffName }).getAttribute("value");
  expect(me).toBeTruthy();
  await form("assign").locator('[name="assigneeId"]').selectOption(me ?? "");
  await submit(form("assign"));
  await expect(status).toHaveText(zh.caseTimeline.statuses.IN_PROGRESS);
  await inChinese(page, data);

  await form("verify").locator('[name="what"]').selectOption("IDENTITY");
  await form("verify").locator('[name="method"]').selectOption("ACCOUNT_MATCH");
  await submit(form("verify"));
  await expect(page.getByTestId("case-timeline")).toContainText(
    zh.caseTimeline.sentences.case.identity_verified.replace("{actor}", staffName),
  );
  await inChinese(page, data);

  await form("note").locator("textarea").fill("内部备注：已核对账户。");
  await submit(form("note"));
  await expect(page.getByTestId("case-timeline")).toContainText("内部备注：已核对账户。");
  await inChinese(page, [...data, "内部备注：已核对账户。"]);

  await form("request-information").locator("select").first().selectOption({ index: 1 });
  await form("request-information").locator("textarea").fill("请问您指的是哪个账户？");
  await submit(form("request-information"));
  await expect(status).toHaveText(zh.caseTimeline.statuses.AWAITING_REQUESTER);
  await inChinese(page, data);

  // The answer came by email: recorded now, the clock runs again.
  await submit(form("record-answer"));
  await expect(status).toHaveText(zh.caseTimeline.statuses.IN_PROGRESS);
  await inChinese(page, data);

  await form("message").locator("textarea").fill("我们正在处理您的请求。");
  await submit(form("message"));
  await expect(page.getByTestId("case-timeline")).toContainText("我们正在处理您的请求。");
  await inChinese(page, data);

  await form("extend").locator("textarea").fill("您的数据分布在多个归档系统中。");
  await submit(form("extend"));
  await expect(page.getByTestId("deadline-panel")).toContainText("您的数据分布在多个归档系统中。");
  await inChinese(page, data);

  // Resolving with the checklist unticked asks for a confirmation, in Chinese too.
  await form("resolve").locator('[name="outcome"]').selectOption("FULFILLED");
  await form("resolve").locator("textarea").first().fill("您的数据副本已准备好。");
  await submit(form("resolve"));
  await expect(form("resolve").locator('[name="confirmUnticked"]')).toBeVisible();
  await inChinese(page, data);
  await form("resolve").locator('[name="confirmUnticked"]').check();
  await submit(form("resolve"));
  await expect(status).toContainText(zh.caseTimeline.statuses.CLOSED);
  await inChinese(page, data, "case-closed-zh");

  await form("reopen").locator("textarea").fill("请求人补充了新信息。");
  await submit(form("reopen"));
  await expect(status).toHaveText(zh.caseTimeline.statuses.IN_PROGRESS);
  await inChinese(page, data);

  await form("legal-hold-form").locator("textarea").fill("诉讼保全：保留全部记录。");
  await submit(form("legal-hold-form"));
  await expect(page.getByTestId("case-timeline")).toContainText(
    zh.caseTimeline.sentences.case.legal_hold_placed.replace("{actor}", staffName),
  );
  await inChinese(page, data);

  // Denied with a reason: closed, and the page says so in Chinese.
  await form("deny").locator('[name="reason"]').selectOption("NO_DATA_FOUND");
  await form("deny").locator("textarea").first().fill("我们在所有系统中检索后，没有找到与您的电子邮件地址相关的任何个人数据。");
  await submit(form("deny"));
  await expect(status).toHaveText(
    zh.cases.header.statusWithOutcome
      .replace("{status}", zh.caseTimeline.statuses.CLOSED)
      .replace("{outcome}", zh.labels.outcomes.DENIED),
  );
  await inChinese(page, data);

  // Reports, customers and every settings page, in Chinese; then the same pages in English, for the
  // administrator who reads English: no serious accessibility fault in either language.
  const staffPages = [
    ["/cases/new", undefined],
    ["/reports", "reports-zh"],
    ["/reports/transparency", undefined],
    ["/customers", "customers-zh"],
    ["/customers/new", undefined],
    ["/customers/import", undefined],
    ["/settings", "settings-zh"],
    ["/settings/profile", undefined],
    ["/settings/users", undefined],
    ["/settings/deadlines", undefined],
    ["/settings/routing", undefined],
    ["/settings/retention", undefined],
    ["/settings/organization", undefined],
    ["/settings/email", undefined],
    ["/settings/email-texts", undefined],
  ] as const;
  for (const [path, shot] of staffPages) {
    await page.goto(path);
    await inChinese(page, data, shot);
  }
  for (const [path] of staffPages) {
    await admin.goto(path);
    await expect(admin.locator("html")).toHaveAttribute("lang", "en");
    await expectNoSeriousA11yViolations(admin);
  }
});
