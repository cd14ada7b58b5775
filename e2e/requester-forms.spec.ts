import { expect, test, type Page } from "@playwright/test";
import { hydrated, openForm } from "./support/hydration";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { latestEmail } from "./support/mailbox";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

async function verifyWithCode(page: Page, email: string) {
  await expect(page).toHaveURL(/\/verify\?request=/);
  let mail: { text: string } | undefined;
  await expect(async () => {
    mail = await latestEmail(email, /confirm|确认/i);
    expect(mail).toBeDefined();
  }).toPass({ timeout: 15_000 });
  return /\b(\d{6})\b/.exec(mail!.text)![1]!;
}

test("the home page explains each right and passes an accessibility check, also at 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Your rights over your personal data" })).toBeVisible();
  await expect(page.getByText("You can stop direct marketing at any time, without giving a reason")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});

test("a correction request in English: errors as you go, then verification by code", async ({ page }) => {
  const email = `correct-${unique()}@example.com`;
  await page.goto("/");
  await page.getByRole("link", { name: "Start: Correct my data" }).click();
  await hydrated(page.locator("main form").first());
  await expectNoSeriousA11yViolations(page);

  // A bad submission shows errors next to the fields and creates nothing.
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page.locator("#details\\.correctedValue-error")).toHaveText("This is required.");
  await expect(page.locator("#requester\\.email-error")).toHaveText("This is required.");
  await expect(page.locator("#requester\\.country-error")).toHaveText("Choose a country.");
  await expect(page.getByLabel("What it should say")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Which data is wrong?").fill("My postal address");
  await page.getByLabel("What it should say").fill("2 New Street, Dublin");
  await page.getByLabel("Please limit the use of this data until it is corrected").check();
  await page.getByLabel("Your full name").fill("Alex Example");
  await page.getByLabel("Your email address").fill("not-an-email");
  await page.getByLabel("Your email address").blur();
  await expect(page.locator("#requester\\.email-error")).toHaveText("Enter a valid email address.");
  await page.getByLabel("Your email address").fill(email);
  await page.getByLabel("Country where you live").selectOption("IE");
  await page.getByRole("button", { name: "Send my request" }).click();

  const code = await verifyWithCode(page, email);
  // A wrong code says how many tries are left.
  await page.getByLabel("6-digit code").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page.locator("#code-error")).toHaveText(
    "That code is not right. Check the email and try again. You have 4 more tries.",
  );
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page.getByText("Your email address is confirmed")).toBeVisible();
  // Not a dead end: the reference, the due date in words, and the way to the status page.
  const reference = await page.getByTestId("reference").innerText();
  expect(reference).toMatch(/\S/);
  await expect(page.getByTestId("due")).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await page.getByRole("link", { name: "Follow your request" }).click();
  await expect(page).toHaveURL(/\/status\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Your request" })).toBeVisible();
  await expect(page.getByTestId("reference")).toHaveText(reference);
});

test("an objection in Chinese, and the direct-marketing opt-out needs no reason", async ({ page }) => {
  const email = `objection-${unique()}@example.com`;
  await page.goto("/");
  await page.getByRole("button", { name: "中文" }).click();
  await page.getByRole("link", { name: "开始：反对使用我的数据" }).click();
  await hydrated(page.locator("main form").first());
  await expect(page.getByRole("heading", { name: "请求：反对使用我的数据" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("您反对我们对您数据的哪种使用？").fill("营销短信");
  await page.getByRole("radio", { name: "否", exact: true }).check();
  await page.getByLabel("您的姓名").fill("张伟");
  await page.getByLabel("您的电子邮件地址").fill(email);
  await page.getByLabel("您居住的国家或地区").selectOption("CN");
  await page.getByRole("button", { name: "提交我的请求" }).click();
  await expect(page.locator("#details\\.grounds-error")).toHaveText("请说明您反对的理由（直接营销无需理由）。");

  await page.getByRole("radio", { name: "是", exact: true }).check();
  await page.getByRole("button", { name: "提交我的请求" }).click();
  const code = await verifyWithCode(page, email);
  const mail = await latestEmail(email, /确认/);
  expect(mail?.text).toContain("验证码");
  await page.getByLabel("6 位验证码").fill(code);
  await page.getByRole("button", { name: "确认", exact: true }).click();
  await expect(page.getByText("您的电子邮件地址已确认")).toBeVisible();
  await expect(page.getByTestId("due")).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  await expect(page.getByRole("link", { name: "查看请求进度" })).toHaveAttribute("href", /^\/status\//);
});

test("a guardian asks about a child's data with proof attached", async ({ page }) => {
  const email = `guardian-${unique()}@example.com`;
  await openForm(page, "/request/guardian-inquiry");
  await page.getByLabel("Your question about the child's data").fill("What do you hold about my daughter?");
  await page.getByLabel("The child's full name").fill("Sam Example");
  await page.getByLabel("The child's date of birth").fill("2016-04-02");
  await page.getByLabel("Your relationship to the child").fill("Mother");
  await page.getByLabel("Proof that you are the child's parent or guardian").setInputFiles({
    name: "birth-certificate.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await page.getByLabel("Your full name").fill("Jo Example");
  await page.getByLabel("Your email address").fill(email);
  await page.getByLabel("Country where you live").selectOption("GB");
  await page.getByRole("button", { name: "Send my request" }).click();
  await verifyWithCode(page, email);
});

test("the guardian form keeps everything typed when the server refuses a file named .pdf that is not one", async ({
  page,
}) => {
  const email = `guardian-refused-${unique()}@example.com`;
  await openForm(page, "/request/guardian-inquiry");
  await page.getByLabel("Your question about the child's data").fill("What do you hold about my son?");
  await page.getByLabel("The child's full name").fill("Kim Example");
  await page.getByLabel("The child's date of birth").fill("2015-09-30");
  await page.getByLabel("Your relationship to the child").fill("Father");
  await page.getByLabel("Proof that you are the child's parent or guardian").setInputFiles({
    name: "birth-certificate.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("plain text, not a PDF"),
  });
  await page.getByLabel("Your full name").fill("Lee Example");
  await page.getByLabel("Your email address").fill(email);
  await page.getByLabel("Country where you live").selectOption("GB");
  await page.getByRole("button", { name: "Send my request" }).click();
  await expect(page.getByText("Only PDF, PNG and JPEG files are accepted.")).toBeVisible();
  await expect(page.getByLabel("Your question about the child's data")).toHaveValue("What do you hold about my son?");
  await expect(page.getByLabel("The child's full name")).toHaveValue("Kim Example");
  await expect(page.getByLabel("The child's date of birth")).toHaveValue("2015-09-30");
  await expect(page.getByLabel("Your relationship to the child")).toHaveValue("Father");
  await expect(page.getByLabel("Your full name")).toHaveValue("Lee Example");
  await expect(page.getByLabel("Your email address")).toHaveValue(email);
  await expect(page.getByLabel("Country where you live")).toHaveValue("GB");
});

test("the file picker is a button in the page's language, opened by a click or from the keyboard", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await openForm(page, "/request/correction");
  const button = page.getByText("选择文件", { exact: true });
  const chosen = page.getByTestId("files-chosen");
  await expect(button).toBeVisible();
  await expect(chosen).toHaveText("未选择文件");
  let chooser = page.waitForEvent("filechooser");
  await button.click();
  await (await chooser).setFiles({ name: "proof.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(chosen).toHaveText("proof.pdf");
  // The native input is hidden but keeps its name and its place in the tab order.
  const input = page.getByLabel(/附加文件/);
  await input.focus();
  chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (
    await chooser
  ).setFiles([
    { name: "a.pdf", mimeType: "application/pdf", buffer: PDF },
    { name: "b.pdf", mimeType: "application/pdf", buffer: PDF },
  ]);
  await expect(chosen).toHaveText("已选择 2 个文件");
  expect(await input.evaluate((element: HTMLInputElement) => element.files?.length)).toBe(2);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test("someone under 18 is told that a guardian must act", async ({ page }) => {
  await openForm(page, "/request/access");
  await page.getByLabel("I am under 18").check();
  await expect(page.getByText("A parent or guardian must make this request for you.")).toBeVisible();
});

test("radio buttons and checkboxes are at least 24 px to tap on a phone (WCAG 2.5.8)", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openForm(page, "/request/access");
  for (const control of [page.getByLabel("I am the person the data is about"), page.getByLabel("I am under 18")]) {
    const box = await control.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});
