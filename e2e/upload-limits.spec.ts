import { mkdtempSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { openForm } from "./support/hydration";
import { fromClient } from "./support/client";
import { emailTo, linkPath, STATUS_LINK, VERIFY_LINK } from "./support/mailbox";

// The form's documented limits (3 files of 10 MB) must fit through every layer of the production server:
// Next's proxy, which buffers a page's body, and the server action's own body limit.
const MB = 1024 * 1024;
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
// Requests of their own: the run's other specs share 127.0.0.1's intake allowance (10 an hour).
test.use({ extraHTTPHeaders: fromClient("198.51.100.40") });
const folder = mkdtempSync(path.join(tmpdir(), "rightsdesk-e2e-uploads-"));

/** A file of `bytes` that the upload check takes for a PDF (it reads the first bytes). */
function pdfOf(name: string, bytes: number): string {
  const file = path.join(folder, name);
  const body = Buffer.alloc(bytes, 0x20);
  body.write("%PDF-1.4\n");
  writeFileSync(file, body);
  return file;
}

async function fillCorrection(
  page: Page,
  email: string,
  labels: { item: string; value: string; name: string; email: string; country: string },
) {
  await page.getByLabel(labels.item).fill("My postal address");
  await page.getByLabel(labels.value).fill("2 New Street, Dublin");
  await page.getByLabel(labels.name).fill("Alex Example");
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.country).selectOption("IE");
}

const ENGLISH = {
  item: "Which data is wrong?",
  value: "What it should say",
  name: "Your full name",
  email: "Your email address",
  country: "Country where you live",
};

test("a correction request with two 6 MB PDFs (12 MB, within 3 x 10 MB) is accepted", async ({ page }) => {
  await openForm(page, "/request/correction");
  await fillCorrection(page, `two-pdfs-${unique()}@example.com`, ENGLISH);
  await page.getByLabel(/Attach documents/).setInputFiles([pdfOf("a.pdf", 6 * MB), pdfOf("b.pdf", 6 * MB)]);
  const posted = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Send my request" }).click();
  expect((await posted).status()).toBeLessThan(400);
  await expect(page).toHaveURL(/\/verify\?request=/, { timeout: 30_000 });
});

test("a reply on the status page takes two 6 MB PDFs, and four files are refused before anything is sent", async ({
  page,
  request,
}) => {
  const email = `reply-${unique()}@example.com`;
  const submitted = await request.post("/api/v1/requests", {
    data: {
      type: "ACCESS",
      relationship: "SELF",
      details: { scope: "Everything" },
      requester: { name: "Pat Example", email, country: "IE", locale: "en" },
    },
  });
  expect(submitted.status()).toBe(202);
  await page.goto(linkPath(await emailTo(email, /confirm your email/i, 15_000), VERIFY_LINK));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByText("Your email address is confirmed")).toBeVisible();
  await page.goto(
    new URL(STATUS_LINK.exec(await emailTo(email, /We received your request DSR-/, 15_000))![0]).pathname,
  );

  await page.getByLabel("Your reply").fill("Here are my documents.");
  const files = page.getByLabel(/Attach documents/);
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST") posts++;
  });
  await files.setInputFiles(["1", "2", "3", "4"].map((n) => pdfOf(`small-${n}.pdf`, 1024)));
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.locator("#reply-files-error")).toHaveText("Attach at most 3 files.");
  expect(posts).toBe(0);

  await files.setInputFiles([pdfOf("c.pdf", 6 * MB), pdfOf("d.pdf", 6 * MB)]);
  await expect(page.locator("#reply-files-error")).toHaveText("");
  const posted = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Send reply" }).click();
  expect((await posted).status()).toBe(200);
  await expect(page.getByText("Your reply was sent.")).toBeVisible({ timeout: 30_000 });
});

test("a form posted past the body limit gets 413 with a message in the page's language, not 500", async ({
  browser,
}) => {
  // Without JavaScript nothing checks the files before they are sent: four files of 9 MB (36 MB).
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/request/correction");
  await fillCorrection(page, `too-big-${unique()}@example.com`, {
    item: "哪项数据有误？",
    value: "正确的内容",
    name: "您的姓名",
    email: "您的电子邮件地址",
    country: "您居住的国家或地区",
  });
  await page.getByLabel(/附加文件/).setInputFiles(["1", "2", "3", "4"].map((n) => pdfOf(`big-${n}.pdf`, 9 * MB)));
  const posted = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "提交我的请求" }).click();
  const response = await posted;
  expect(response.status()).toBe(413);
  await expect(page.getByText("表单太大，无法发送：最多附加 3 个文件，每个不超过 10 MB。")).toBeVisible();
  await context.close();
});

test("a server action past the body limit gets 413 as plain text, which the page shows as the error", async ({
  request,
}) => {
  // Also with a prefetch header, which once let such a body past the proxy's check (and into a 500).
  const prefetches: Record<string, string>[] = [{}, { purpose: "prefetch" }, { "next-router-prefetch": "1" }];
  for (const prefetch of prefetches) {
    const response = await request.post("/request/correction", {
      headers: { "next-action": "0".repeat(42), "accept-language": "en", ...prefetch },
      multipart: {
        files: { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(33 * MB, 0x20) },
      },
    });
    expect(response.status()).toBe(413);
    // Exactly text/plain: Next's client then throws the text as the action's error message.
    expect(response.headers()["content-type"]).toBe("text/plain");
    expect(await response.text()).toBe("The form is too large to send: attach at most 3 files of 10 MB each.");
  }
});

test("a page's body sent without a length (chunked) is refused with 411, not cut off into a 500", async ({
  baseURL,
}) => {
  // 33 MB in 1 MB chunks, past what the proxy would buffer.
  const status = await new Promise<number>((resolve, reject) => {
    let answered = false;
    const post = httpRequest(
      `${baseURL}/request/correction`,
      {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x", "transfer-encoding": "chunked" },
      },
      (response) => {
        answered = true;
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    // The server may answer and close before the whole body is written.
    post.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(MB, 0x20);
    let sent = 0;
    const writeMore = () => {
      while (sent < 33 && !answered) {
        sent++;
        if (!post.write(chunk)) return void post.once("drain", writeMore);
      }
      post.end();
    };
    writeMore();
  });
  expect(status).toBe(411);
});

test("a .pdf that is not a PDF is refused by the server, and the form keeps everything typed", async ({ page }) => {
  await openForm(page, "/request/correction");
  const email = `not-a-pdf-${unique()}@example.com`;
  await fillCorrection(page, email, ENGLISH);
  const fake = path.join(folder, "statement.pdf");
  writeFileSync(fake, "plain text, not a PDF");
  await page.getByLabel(/Attach documents/).setInputFiles(fake);
  const posted = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Send my request" }).click();
  expect((await posted).status()).toBe(200);
  await expect(page.locator("#files-error")).toHaveText("Only PDF, PNG and JPEG files are accepted.");
  await expect(page).toHaveURL(/\/request\/correction$/);
  await expect(page.getByLabel(ENGLISH.item)).toHaveValue("My postal address");
  await expect(page.getByLabel(ENGLISH.value)).toHaveValue("2 New Street, Dublin");
  await expect(page.getByLabel(ENGLISH.name)).toHaveValue("Alex Example");
  await expect(page.getByLabel(ENGLISH.email)).toHaveValue(email);
  await expect(page.getByLabel(ENGLISH.country)).toHaveValue("IE");
});
