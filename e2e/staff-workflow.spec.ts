import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { emailTo, linkPath, STATUS_LINK, VERIFY_LINK } from "./support/mailbox";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { inviteStaff, signIn } from "./support/staff";
import { attachScreenshot } from "./support/screenshot";

test.setTimeout(120_000);

/** A requester files an access request through the API and confirms it by the emailed link. */
async function confirmedRequest(request: APIRequestContext, page: Page, email: string) {
  const submitted = await request.post("/api/v1/requests", {
    data: {
      type: "ACCESS",
      relationship: "SELF",
      details: { scope: "Everything about my account" },
      requester: { name: "Robin Requester", email, country: "DE", locale: "en" },
    },
  });
  expect(submitted.status()).toBe(202);
  const verification = await emailTo(email, /confirm your email/i);
  await page.goto(linkPath(verification, VERIFY_LINK));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByText("Your email address is confirmed")).toBeVisible();
  const acknowledgement = await emailTo(email, /We received your request DSR-/);
  return {
    reference: /DSR-\d{4}-\d{6}/.exec(acknowledgement)![0],
    statusPath: new URL(STATUS_LINK.exec(acknowledgement)![0]).pathname,
  };
}

test("a privacy officer works a verified case from the queue to resolution; an analyst cannot deny; an auditor changes nothing", async ({
  page: adminPage,
  browser,
  request,
}) => {
  const requesterEmail = `robin-${Date.now()}@example.com`;
  const requesterPage = await (await browser.newContext()).newPage();
  const { reference, statusPath } = await confirmedRequest(request, requesterPage, requesterEmail);

  await adminPage.goto("/sign-in");
  await signIn(adminPage, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  const stamp = Date.now();
  const officer = await inviteStaff(adminPage, browser, { name: `Olive Officer ${stamp}`, role: "Privacy officer" });
  const analyst = await inviteStaff(adminPage, browser, { name: `Andy Analyst ${stamp}`, role: "Analyst" });
  const auditor = await inviteStaff(adminPage, browser, { name: `Audrey Auditor ${stamp}`, role: "Auditor" });

  // The officer filters the queue: unverified requests are hidden, the search finds the case.
  await officer.goto("/cases");
  await officer.getByLabel("Type").selectOption({ label: "Access" });
  await officer.getByLabel("Reference or requester email").fill(requesterEmail);
  await officer.getByRole("button", { name: "Filter" }).click();
  await expect(officer).toHaveURL(/type=ACCESS/);
  const row = officer.getByTestId("case-queue").getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("New");
  await expect(row).not.toContainText("robin-");
  await expectNoSeriousA11yViolations(officer);
  await attachScreenshot(officer, "queue-en");
  // Exporting what the search found: the audit trail records the search, never the address (the run's
  // audit scan, e2e/support/scan-audit-trail.ts, fails the run otherwise).
  const download = officer.waitForEvent("download");
  await officer.getByRole("button", { name: "Export all matching (CSV)" }).click();
  await download;
  // One click reveals the requester; the reveal is audited (it shows on the case's timeline).
  await row.getByRole("button", { name: /R••• R•••/ }).click();
  await expect(row.getByTestId("revealed")).toContainText(requesterEmail);
  await officer.getByRole("link", { name: reference }).click();
  await expect(officer.getByRole("heading", { name: new RegExp(reference) })).toBeVisible();
  await expectNoSeriousA11yViolations(officer);
  const timeline = officer.getByTestId("case-timeline");
  // What to do next comes first on the right, above the deadline: the step the case needs, linked to its form.
  await expect(officer.getByTestId("next-step")).toHaveText("Next step: Assign the case · Go to the form");
  const actionsTop = (await officer.getByRole("heading", { name: "Actions", exact: true }).boundingBox())!.y;
  expect(actionsTop).toBeLessThan((await officer.getByTestId("deadline-panel").boundingBox())!.y);
  await expect(timeline).toContainText(`Olive Officer ${stamp} revealed the requester's contact details`);
  // The search by the requester's email is audited like a reveal, on the case's timeline.
  await expect(timeline).toContainText(`Olive Officer ${stamp} found the case by the requester's email address`);

  // Assign to the analyst: the case is in progress and the analyst is told.
  await officer
    .getByTestId("assign")
    .getByLabel("Assign to")
    .selectOption({ label: `Andy Analyst ${stamp} (Analyst)` });
  await officer.getByRole("button", { name: "Save assignment" }).click();
  await expect(officer.getByTestId("case-assignee")).toContainText(`Andy Analyst ${stamp}`);
  await expect(officer.getByTestId("case-status")).toHaveText("In progress");
  // The timeline says it in words, with the email the assignment sent beneath it; the event as recorded
  // is one click away.
  const assignment = timeline
    .getByRole("listitem")
    .filter({ hasText: `Olive Officer ${stamp} assigned the case to Andy Analyst ${stamp}` });
  await expect(assignment).toContainText("Status: New → In progress");
  await expect(assignment.getByTestId("timeline-email")).toContainText("Case assigned");
  await expect(assignment.locator("pre")).toBeHidden();
  await assignment.getByText("The event as recorded").click();
  await expect(assignment.locator("pre")).toContainText('"type": "case.assigned"');
  await expect(officer.getByTestId("next-step")).toContainText("Next step: Verify identity");
  await attachScreenshot(officer, "case-page-en");

  // Ask the requester for information: the clock stops, the status page shows the question.
  const asking = officer.getByTestId("request-information");
  await asking.getByLabel("What you need").selectOption("CLARIFICATION");
  await asking.getByLabel("Message").fill("Which of your two accounts do you mean?");
  await officer.getByRole("button", { name: "Send and wait for the answer" }).click();
  await expect(officer.getByTestId("case-status")).toHaveText("Awaiting requester");
  await expect(officer.getByTestId("deadline-panel")).toContainText("paused");
  await requesterPage.goto(statusPath);
  await expect(requesterPage.getByTestId("due")).toHaveText("Paused: we are waiting for your answer.");
  await expect(requesterPage.getByText("Which of your two accounts do you mean?")).toBeVisible();
  await requesterPage.getByLabel("Your reply").fill("The one with this email address.");
  await requesterPage.getByRole("button", { name: "Send reply" }).click();
  await expect(requesterPage.getByText("Your reply was sent.")).toBeVisible();

  // The officer sees the reply, the clock runs again; they extend with reasons.
  await officer.reload();
  await expect(officer.getByTestId("case-status")).toHaveText("In progress");
  await expect(officer.getByTestId("case-timeline")).toContainText("The one with this email address.");
  await officer
    .getByTestId("extend")
    .getByLabel("Reasons (sent to the requester)")
    .fill("Your data sits in several archived systems.");
  await officer.getByRole("button", { name: "Extend and notify" }).click();
  await expect(officer.getByTestId("deadline-panel")).toContainText("extended");
  const notice = await emailTo(requesterEmail, /More time is needed/);
  expect(notice).toContain("several archived systems");

  // The analyst, now assigned, cannot deny: the action is not offered, and the server refuses it too.
  await analyst.goto(officer.url());
  await expect(analyst.getByRole("heading", { name: new RegExp(reference) })).toBeVisible();
  await expect(analyst.getByRole("button", { name: "Deny and notify" })).toHaveCount(0);
  await expect(analyst.getByRole("button", { name: "Extend and notify" })).toHaveCount(0);
  await expect(analyst.getByRole("button", { name: "Record verification" })).toBeVisible();

  // The auditor can read the case but every action is absent.
  await auditor.goto(officer.url());
  await expect(auditor.getByTestId("no-actions")).toBeVisible();
  await expect(auditor.getByRole("button", { name: /Resolve|Assign|Deny|Extend/ })).toHaveCount(0);
  await auditor.getByRole("button", { name: "Reveal contact details" }).click();
  await expect(auditor.getByText("Auditors must say why")).toBeVisible();

  // The officer resolves; the requester is told.
  await officer.reload();
  await officer.getByTestId("resolve").getByLabel("Outcome").selectOption("FULFILLED");
  await officer
    .getByTestId("resolve")
    .getByLabel("Summary for the requester")
    .fill("Your data export is ready in the secure portal.");
  await officer.getByRole("button", { name: "Resolve and notify" }).click();
  // Nothing on the checklist is ticked: "Fulfilled" is refused until the officer confirms it.
  await expect(officer.getByTestId("resolve")).toContainText("3 checklist items are not ticked");
  await expect(officer.getByTestId("case-status")).not.toHaveText(/Closed/);
  await officer.getByLabel("Close as fulfilled although these items are not ticked").check();
  await officer.getByRole("button", { name: "Resolve and notify" }).click();
  await expect(officer.getByTestId("case-status")).toHaveText("Closed: Fulfilled");
  expect(await emailTo(requesterEmail, /is answered/)).toContain("secure portal");
  await expect(officer.getByRole("button", { name: "Reopen" })).toBeVisible();
});
