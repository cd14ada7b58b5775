import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { emailTo, latestEmail, linkPath, STATUS_LINK, VERIFY_LINK } from "./support/mailbox";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { attachScreenshot } from "./support/screenshot";

const email = `person-${Date.now()}@example.com`;

test("a requester confirms by the emailed link, follows the request, replies, switches to Chinese and withdraws", async ({
  page,
  request,
}) => {
  const submitted = await request.post("/api/v1/requests", {
    data: {
      type: "OBJECTION",
      relationship: "SELF",
      details: { processing: "Marketing emails", directMarketing: true },
      requester: { name: "Pat Example", email, country: "IE", locale: "en" },
    },
  });
  expect(submitted.status()).toBe(202);

  await page.goto(linkPath(await emailTo(email, /confirm your email/i, 15_000), VERIFY_LINK));
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByText("Your email address is confirmed")).toBeVisible();

  const acknowledgement = await emailTo(email, /We received your request DSR-/, 15_000);
  const statusUrl = new URL(STATUS_LINK.exec(acknowledgement)![0]);
  const reference = /DSR-\d{4}-\d{6}/.exec(acknowledgement)![0];

  await page.goto(statusUrl.pathname);
  await expect(page.getByTestId("reference")).toHaveText(reference);
  await expect(page.getByTestId("status")).toHaveText("Received");
  await expect(page.getByText("You confirmed your email address")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A privacy officer asks a question through the staff API: the clock stops.
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: E2E_ADMIN_EMAIL, password: E2E_ADMIN_PASSWORD },
  });
  const asked = await request.post(`/api/v1/cases/${reference}/messages`, {
    data: { body: "Which emails do you receive from us?", asksFor: "CLARIFICATION" },
  });
  expect(asked.status()).toBe(201);
  await expect(async () => expect(await latestEmail(email, /New message about your request/)).toBeDefined()).toPass({
    timeout: 15_000,
  });
  await page.reload();
  await expect(page.getByTestId("status")).toHaveText("Waiting for your answer");
  await expect(page.getByTestId("due")).toHaveText("Paused: we are waiting for your answer.");
  await expect(page.getByText("Which emails do you receive from us?")).toBeVisible();

  // A refused reply keeps what was typed and chosen, next to the reason; a sent one clears the form.
  await page.getByLabel("Your reply").fill("Please also stop the text messages.");
  await page.getByLabel(/Attach documents/).setInputFiles({
    name: "x.html",
    mimeType: "text/html",
    buffer: Buffer.from("<p>not a document</p>"),
  });
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Only PDF, PNG and JPEG files are accepted.")).toBeVisible();
  await expect(page.getByLabel("Your reply")).toHaveValue("Please also stop the text messages.");
  expect(await page.getByLabel(/Attach documents/).evaluate((input: HTMLInputElement) => input.files?.length)).toBe(1);
  await page.getByLabel(/Attach documents/).setInputFiles([]);
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Your reply was sent.")).toBeVisible();
  await expect(page.getByLabel("Your reply")).toHaveValue("");
  await expect(page.getByText("Please also stop the text messages.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("status")).toHaveText("Being worked on");
  await attachScreenshot(page, "status-page-en");
  await expect(page.getByTestId("due")).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);

  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: "您的请求" })).toBeVisible();
  await attachScreenshot(page, "status-page-zh");
  await page.getByRole("button", { name: "撤回我的请求" }).click();
  await expect(page.getByText("请勾选以确认。")).toBeVisible();
  await page.getByLabel("我要撤回此请求，并了解请求将被关闭。").check();
  await page.getByRole("button", { name: "撤回我的请求" }).click();
  await expect(page.getByText("您的请求已撤回。我们已向您发送确认邮件。")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("status")).toHaveText("您已撤回");
});

test("a requester stops their status link: it then shows not found, and /status offers a new one", async ({
  page,
  request,
}) => {
  const stopper = `stopper-${Date.now()}@example.com`;
  const submitted = await request.post("/api/v1/requests", {
    data: {
      type: "ACCESS",
      relationship: "SELF",
      details: {},
      requester: { name: "Sam Stopper", email: stopper, country: "IE", locale: "en" },
    },
  });
  expect(submitted.status()).toBe(202);
  await page.goto(linkPath(await emailTo(stopper, /confirm your email/i, 15_000), VERIFY_LINK));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  const statusPath = new URL(STATUS_LINK.exec(await emailTo(stopper, /We received your request DSR-/, 15_000))![0])
    .pathname;

  await page.goto(statusPath);
  await page.getByRole("button", { name: "Stop this link working" }).click();
  await expect(page.getByText("Tick the box to confirm.")).toBeVisible();
  await expect(page).toHaveURL(statusPath);
  await page.getByLabel("I want this link to stop working.").check();
  await page.getByRole("button", { name: "Stop this link working" }).click();
  await expect(page).toHaveURL("/status?stopped=1");
  await expect(page.getByText("That link no longer works.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect((await page.goto(statusPath))?.status()).toBe(404);
});

test("an unknown status link shows not found", async ({ page }) => {
  const response = await page.goto(`/status/${"A".repeat(43)}`);
  expect(response?.status()).toBe(404);
});
