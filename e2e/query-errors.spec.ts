import { expect, test } from "@playwright/test";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { signIn } from "./support/staff";

// Hand-edited or outdated staff URLs: the page shows what it could, and says what it left out.
test("the queue, the reports and the transparency summary name what they left out of a bad URL, never a 500", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  const alert = page.getByRole("alert").filter({ hasText: "could not be used and were left out" });

  const queue = await page.goto(`/cases?status=NEW&after=2026-99-99T1Z_${"-".repeat(36)}`);
  expect(queue?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Case queue" })).toBeVisible();
  await expect(alert).toContainText("after: Not a link to a page of this queue.");
  await expect(page.getByLabel("Status")).toHaveValue("NEW");

  const reports = await page.goto("/reports?from=1900-01-01&to=9999-12-31&type=ACCESS");
  expect(reports?.status()).toBe(200);
  await expect(alert).toContainText("from: A date from 2000-01-01 to 2100-12-31, written YYYY-MM-DD.");
  await expect(alert).toContainText("to: A date from 2000-01-01 to 2100-12-31");

  const transparency = await page.goto("/reports/transparency?year=9999");
  expect(transparency?.status()).toBe(200);
  await expect(alert).toContainText("year: A year from 2000 to 2100.");

  const register = await page.request.get("/api/v1/reports/register?from=1900-01-01&to=9999-12-31");
  expect(register.status()).toBe(400);
  expect(Object.keys(((await register.json()) as { error: { fieldErrors: object } }).error.fieldErrors)).toEqual([
    "from",
    "to",
  ]);
});

test("the queue's filter controls always show what the list is filtered by, after a saved view and back", async ({
  page,
}) => {
  await page.goto("/sign-in?callbackUrl=%2Fcases%3Ftype%3DACCESS%26regime%3DEU_GDPR%26assignee%3Dme");
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await expect(page.getByLabel("Type")).toHaveValue("ACCESS");
  await expect(page.getByLabel("Assignee")).toHaveValue("me");
  // A saved view replaces the filters: the controls show the view's own, and nothing of the earlier ones.
  await page.getByRole("navigation", { name: "Saved views" }).getByRole("link", { name: "Unassigned" }).click();
  await expect(page).toHaveURL(/view=unassigned/);
  await expect(page.getByLabel("Assignee")).toHaveValue("none");
  await expect(page.getByLabel("Type")).toHaveValue("");
  await expect(page.getByLabel("Regime")).toHaveValue("");
  await page.goBack();
  await expect(page.getByLabel("Type")).toHaveValue("ACCESS");
  await expect(page.getByLabel("Regime")).toHaveValue("EU_GDPR");
  await expect(page.getByLabel("Assignee")).toHaveValue("me");
});
