import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { emailTo, linkPath, STATUS_LINK, VERIFY_LINK } from "./support/mailbox";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { signIn } from "./support/staff";

test.setTimeout(120_000);

test("a request naming a customer by another spelling is matched, routed to a listed contact, acknowledged, closed as transferred, then reopened", async ({
  page: officer,
  browser,
  request,
}) => {
  const stamp = Date.now();
  const customer = `Acme Cloud ${stamp} Limited`;
  const contact = `privacy-${stamp}@acme.example`;
  const requesterEmail = `kim-${stamp}@example.com`;

  // The registry knows the customer.
  await officer.goto("/sign-in");
  await signIn(officer, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await officer.goto("/customers/new");
  await officer.getByLabel("Name").fill(customer);
  await officer.getByLabel("Privacy contact emails").fill(contact);
  await officer.getByRole("button", { name: "Add customer" }).click();
  await expect(officer.getByRole("heading", { name: customer })).toBeVisible();

  // A person files a deletion request and names the customer their own way, then confirms their email.
  const submitted = await request.post("/api/v1/requests", {
    data: {
      type: "DELETION",
      relationship: "SELF",
      details: { scope: "My account in the Acme app" },
      customerName: `ACME  cloud ${stamp} ltd.`,
      requester: { name: "Kim Requester", email: requesterEmail, country: "FR", locale: "en" },
    },
  });
  expect(submitted.status()).toBe(202);
  const requesterPage = await (await browser.newContext()).newPage();
  await requesterPage.goto(linkPath(await emailTo(requesterEmail, /confirm your email/i), VERIFY_LINK));
  await requesterPage.getByRole("button", { name: "Confirm my email address" }).click();
  const acknowledgement = await emailTo(requesterEmail, /We received your request DSR-/);
  const reference = /DSR-\d{4}-\d{6}/.exec(acknowledgement)![0];
  const statusPath = new URL(STATUS_LINK.exec(acknowledgement)![0]).pathname;

  // The officer finds the case, confirms the suggested match and routes it.
  await officer.goto(`/cases?q=${reference}`);
  await officer.getByRole("link", { name: reference }).click();
  const panel = officer.getByTestId("case-customer-panel");
  await expect(panel).toContainText(`ACME  cloud ${stamp} ltd.`);
  await panel.getByRole("button", { name: `Confirm ${customer}` }).click();
  await expect(officer.getByTestId("confirmed-customer")).toContainText(customer);
  await expect(officer.getByTestId("forward-by")).toContainText(`Deliver to ${customer} by`);
  await expectNoSeriousA11yViolations(officer);
  // Only the customer's listed contacts are offered, ticked; there is no address to type.
  const routeForm = officer.getByTestId("route");
  await expect(routeForm.getByRole("checkbox", { name: contact })).toBeChecked();
  await expect(routeForm.getByRole("textbox")).toHaveCount(0);
  await officer.getByRole("button", { name: `Route to ${customer}` }).click();
  await expect(officer.getByTestId("case-status")).toHaveText("Routed to customer");
  await expect(officer.getByTestId("routings")).toContainText("Sent, awaiting acknowledgement");

  // The customer's contact gets the link, sees only what they need, and acknowledges.
  const customerMail = await emailTo(contact, new RegExp(`Data-subject request ${reference}`));
  const partner = await (await browser.newContext()).newPage();
  await partner.goto(linkPath(customerMail, /https?:\/\/\S+\/partner\/[A-Za-z0-9_-]+/));
  await expect(partner.getByRole("heading", { name: new RegExp(reference) })).toBeVisible();
  // Who asked is masked until the contact asks to see it (each reveal is recorded).
  await expect(partner.getByTestId("partner-requester")).not.toContainText(requesterEmail);
  await expectNoSeriousA11yViolations(partner);
  await partner.getByRole("button", { name: "Show their name and email" }).click();
  await expect(partner.getByTestId("partner-requester")).toContainText(`Kim Requester · ${requesterEmail}`);
  await partner.getByRole("button", { name: "Send answer" }).click();
  await expect(partner.getByText("the request is acknowledged")).toBeVisible();
  await partner.reload();
  await expect(partner.getByTestId("partner-state")).toHaveText("You acknowledged this request.");
  await expect(partner.getByRole("button", { name: "Send answer" })).toHaveCount(1); // only "report the outcome" remains
  await expect(partner.getByLabel("Decline: this is not ours")).toHaveCount(0);

  // The requester is told, by email and on the status page; the case is closed as transferred.
  expect(await emailTo(requesterEmail, /was passed to/)).toContain(contact);
  expect(await emailTo(requesterEmail, /News about your request/)).toContain("acknowledged");
  await requesterPage.goto(statusPath);
  await expect(requesterPage.getByText(new RegExp(`${customer}.*acknowledged`))).toBeVisible();
  await officer.reload();
  await expect(officer.getByTestId("case-status")).toHaveText("Closed: Transferred to the controller");

  // The officer reopens the case: the customer's link stops, and their late answer changes nothing.
  await officer.getByTestId("reopen").getByLabel("Why").fill("The customer says the data is ours after all.");
  await officer.getByRole("button", { name: "Reopen" }).click();
  await expect(officer.getByTestId("case-status")).toHaveText("In progress");
  await partner.getByRole("button", { name: "Send answer" }).click();
  await expect(partner.getByText(/This link does not work: it may have expired/)).toBeVisible();
  await expect(partner.getByRole("button", { name: "Send answer" })).toHaveCount(0);
  await officer.reload();
  await expect(officer.getByTestId("case-status")).toHaveText("In progress");
  await expect(officer.getByTestId("routings")).toContainText("Link revoked");
  expect((await partner.reload())?.status()).toBe(404);
});
