import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { inviteStaff, signIn } from "./support/staff";
import { attachScreenshot } from "./support/screenshot";

test.setTimeout(120_000);

const REGISTER_HEADER =
  "reference,type,regime,channel,received,verified,due,extended,extension_reason,closed,outcome,reason_code,routed_to";

test("a privacy officer reads the dashboard as charts and as tables, and exports the register", async ({
  page: adminPage,
  browser,
  request,
}) => {
  // Two requests arrive through the API: they are in the default period (the last 12 weeks).
  for (const [i, type] of (["ACCESS", "DELETION"] as const).entries()) {
    const submitted = await request.post("/api/v1/requests", {
      data: {
        type,
        relationship: "SELF",
        details: { scope: "Everything about my account" },
        requester: {
          name: `Rae Reporter ${i}`,
          email: `rae-${i}-${Date.now()}@example.com`,
          country: "IE",
          locale: "en",
        },
      },
    });
    expect(submitted.status()).toBe(202);
  }

  await adminPage.goto("/sign-in");
  await signIn(adminPage, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  const officer = await inviteStaff(adminPage, browser, {
    name: `Rita Reports ${Date.now()}`,
    role: "Privacy officer",
  });

  // Charts first: each is one image with a summary for assistive technology.
  await officer.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Reports", exact: true }).click();
  await expect(officer.getByRole("heading", { name: "Reports", exact: true })).toBeVisible();
  const chart = officer.getByRole("img", { name: /^Requests received per week, stacked by type/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute("aria-label", /Access \d/);
  await expect(officer.getByRole("heading", { name: "Answered on time" })).toBeVisible();
  await expectNoSeriousA11yViolations(officer);
  await attachScreenshot(officer, "reports-en");

  // The same numbers as tables; the period and filters stay in the URL.
  await officer.getByRole("link", { name: "Table view" }).click();
  await expect(officer).toHaveURL(/view=table/);
  await expect(officer.getByRole("link", { name: "Table view" })).toHaveAttribute("aria-current", "page");
  const received = officer.getByTestId("received-table");
  await expect(received).toBeVisible();
  await expect(officer.getByRole("img", { name: /^Requests received per week/ })).toHaveCount(0);
  const totalCell = received.getByRole("row").filter({ hasText: "All weeks" }).getByRole("cell").last();
  const total = Number((await totalCell.innerText()).replace(/,/g, ""));
  expect(total).toBeGreaterThanOrEqual(2);
  await expect(officer.getByTestId("on-time-table")).toBeVisible();
  await expect(officer.getByTestId("closure-times-table")).toBeVisible();
  await expectNoSeriousA11yViolations(officer);

  // The register of the same period: one row per request received, as the table counts them.
  const downloading = officer.waitForEvent("download");
  await officer.getByRole("link", { name: "Export the register (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^register-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.csv$/);
  const lines = readFileSync(await download.path(), "utf8")
    .trimEnd()
    .split("\n");
  expect(lines[0]).toBe(REGISTER_HEADER);
  expect(lines).toHaveLength(total + 1);
  expect(lines.slice(1).every((line) => /^DSR-\d{4}-\d{6},/.test(line))).toBe(true);

  // The yearly transparency summary is one click away.
  await officer.goto("/reports");
  await officer.getByRole("link", { name: "Yearly transparency summary" }).click();
  await expect(officer.getByRole("heading", { name: /^Transparency summary \d{4}$/ })).toBeVisible();
  await expect(officer.getByTestId("transparency-table")).toBeVisible();
});
