import { createServer } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startReceiver, type ReceiverProcess } from "../tests/support/receiver-process";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { fromClient } from "./support/client";
import { emailTo, linkPath, VERIFY_LINK } from "./support/mailbox";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD, e2eRun } from "./support/run";
import { signIn } from "./support/staff";

test.setTimeout(180_000);

/** A port nothing listens on yet, for the receiver the webhook system is registered at before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

let receiver: ReceiverProcess | undefined;
test.afterEach(async () => {
  await receiver?.stop();
  receiver = undefined;
});

test("a correction fans out to a system's outside owner by task link and to a system by signed webhook; the case resolves once both are done", async ({
  page: officer,
  browser,
  request,
}) => {
  const stamp = Date.now();
  const crm = `CRM ${stamp}`;
  const mailer = `Mailer ${stamp}`;
  const owner = `crm-owner-${stamp}@example.com`;
  const requesterEmail = `lee-${stamp}@example.com`;
  const port = await freePort();

  // The administrator lets webhooks reach this machine (the receiver runs here), then registers both systems.
  await officer.goto("/sign-in");
  await signIn(officer, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await officer.goto("/settings/fulfilment");
  await officer.getByLabel("Hosts webhooks may reach on private addresses").fill("127.0.0.1");
  await officer.getByRole("button", { name: "Save" }).click();
  await expect(officer.getByText("Saved. Tasks made from now on use these values.")).toBeVisible();

  await officer.goto("/systems/new");
  await officer.getByRole("textbox", { name: "Name" }).fill(crm);
  await officer.getByRole("textbox", { name: "Outside owners" }).fill(owner);
  await officer.getByRole("checkbox", { name: "Correction" }).check();
  await officer.getByRole("button", { name: "Add system" }).click();
  await expect(officer.getByRole("heading", { name: crm })).toBeVisible();

  await officer.goto("/systems/new");
  await officer.getByRole("textbox", { name: "Name" }).fill(mailer);
  await officer.getByRole("checkbox", { name: "Correction" }).check();
  await officer.getByRole("radio", { name: /^Webhook/ }).check();
  await officer.getByRole("textbox", { name: "Webhook URL" }).fill(`https://127.0.0.1:${port}/rightsdesk`);
  await officer.getByRole("button", { name: "Add system" }).click();
  // The signing secret and the API token are shown this once.
  const secrets = officer.getByTestId("shown-once-secrets");
  await expect(secrets).toContainText("Copy these now");
  const [signingSecret, apiToken] = await secrets.locator("code").allTextContents();
  expect(signingSecret).toMatch(/^whsec_/);
  expect(apiToken).toMatch(/^rdsk_/);
  await expectNoSeriousA11yViolations(officer);

  // The system's own receiver, a separate process over https: it checks every signature with the Standard
  // Webhooks library (refusing any other) and answers through the result API with the system's token.
  const tls = e2eRun().tlsDir;
  receiver = await startReceiver({
    PORT: String(port),
    SECRETS: signingSecret!,
    API_TOKEN: apiToken!,
    TLS_CERT: path.join(tls, "cert.pem"),
    TLS_KEY: path.join(tls, "key.pem"),
  });

  // A person asks for a correction and confirms their email: the case is confirmed and both systems get a task.
  const submitted = await request.post("/api/v1/requests", {
    // From a client of its own: the run's other specs file requests within the per-address hourly limit.
    headers: fromClient("198.51.100.17"),
    data: {
      type: "CORRECTION",
      relationship: "SELF",
      details: { dataItem: "Surname", currentValue: "Lea", correctedValue: "Lee" },
      requester: { name: "Sam Lee", email: requesterEmail, country: "DE", locale: "en" },
    },
  });
  expect(submitted.status()).toBe(202);
  const requester = await (await browser.newContext()).newPage();
  await requester.goto(linkPath(await emailTo(requesterEmail, /confirm your email/i), VERIFY_LINK));
  await requester.getByRole("button", { name: "Confirm my email address" }).click();
  const reference = /DSR-\d{4}-\d{6}/.exec(await emailTo(requesterEmail, /We received your request DSR-/))![0];

  // The CRM's owner gets the task link and sees only what the task needs: what to change, never who asked.
  const taskMail = await emailTo(owner, new RegExp(`${reference}: a task for ${crm}`));
  const ownerPage = await (await browser.newContext()).newPage();
  await ownerPage.goto(linkPath(taskMail, /https?:\/\/\S+\/task\/[A-Za-z0-9_-]+/));
  await expect(ownerPage.getByRole("heading", { name: `Task on data-subject request ${reference}` })).toBeVisible();
  await expect(ownerPage.getByTestId("task-instruction")).toHaveText("Change Surname from “Lea” to “Lee”.");
  await expect(ownerPage.locator("main")).not.toContainText(requesterEmail);
  await expect(ownerPage.locator("main")).not.toContainText("Sam Lee");
  await expectNoSeriousA11yViolations(ownerPage);
  await ownerPage.getByLabel("Result").selectOption("CORRECTED");
  await ownerPage.getByLabel("Note (optional)").fill("Changed in the CRM.");
  await ownerPage.getByRole("button", { name: "Send report" }).click();
  await expect(ownerPage.getByText("Thank you: the task is recorded as done.")).toBeVisible();

  // The officer sees both tasks done: the owner's by the link, the mailer's through its webhook answer.
  await officer.goto(`/cases?q=${reference}`);
  await officer.getByRole("link", { name: reference }).click();
  const tasks = officer.getByTestId("tasks-panel");
  const crmTask = tasks.getByTestId("task").filter({ hasText: crm });
  const mailerTask = tasks.getByTestId("task").filter({ hasText: mailer });
  await expect(crmTask.getByTestId("task-state")).toHaveText("Done");
  await expect(async () => {
    await officer.reload();
    await expect(mailerTask.getByTestId("task-state")).toHaveText("Done", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(mailerTask.getByTestId("task-delivery")).toContainText("200");
  await expect(crmTask).toContainText("Corrected");
  // The checklist's "corrected in every system" follows the tasks.
  await expect(officer.getByRole("checkbox", { name: "Data corrected in every system" })).toBeChecked();
  await expectNoSeriousA11yViolations(officer);

  // The resolve form starts with the summary drafted from the results; the officer sends it.
  const resolve = officer.getByTestId("resolve");
  await expect(resolve.getByLabel("Summary for the requester")).toHaveValue(new RegExp(`${crm}[\\s\\S]*${mailer}`));
  await resolve.getByRole("button", { name: "Resolve and notify" }).click();
  // The checks only staff make (identity, accuracy, restriction, recipients) are still open: confirmed here.
  await expect(resolve).toContainText("4 checklist items are not ticked");
  await officer.getByLabel("Close as fulfilled although these items are not ticked").check();
  await resolve.getByRole("button", { name: "Resolve and notify" }).click();
  await expect(officer.getByTestId("case-status")).toHaveText("Closed: Fulfilled");
  expect(await emailTo(requesterEmail, /is answered/)).toContain(crm);
});
