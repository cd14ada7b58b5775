import { expect, test, type Page } from "@playwright/test";
import { hydrated } from "./support/hydration";
import { expectNoSeriousA11yViolations } from "./support/accessibility";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { signIn } from "./support/staff";

const HEADER = "name,aliases,contact_emails,agreement_reference,active,notes";

async function importFile(page: Page, lines: string[]) {
  await page.goto("/customers/import");
  await page.getByLabel("CSV file").setInputFiles({
    name: "customers.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(lines.join("\r\n"), "utf8"),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
}

// Import, two refusals, an edit and a requester typing letter by letter: more than the default 30 s on a
// busy machine.
test.setTimeout(90_000);

test("an admin imports customers (nothing until every row is valid), edits one, and the public form suggests it", async ({
  page,
  browser,
}) => {
  const run = Date.now();
  const northwind = `Northwind Cloud ${run} Ltd`;
  const contoso = `Contoso Hosting ${run} GmbH`;

  await page.goto("/sign-in?callbackUrl=%2Fcustomers");
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await expect(page.getByRole("heading", { name: "Customers", exact: true })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Customers", exact: true }),
  ).toBeVisible();

  // One bad row: the report names it, and nothing is imported.
  await importFile(page, [
    HEADER,
    `${northwind},诺斯风云 ${run};NW Cloud ${run},privacy@northwind.example,MSA-${run},true,`,
    `${contoso},,not-an-address,,true,"Signed in 2025, renewed"`,
  ]);
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported: 1 row was rejected" })).toBeVisible();
  const report = page.getByTestId("import-report");
  await expect(report.getByRole("row").filter({ hasText: contoso })).toContainText("3");
  await expect(report).toContainText("contact_emails: “not-an-address” is not a valid email address.");
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/customers?q=${encodeURIComponent(String(run))}`);
  await expect(page.getByText("No customers match.")).toBeVisible();

  // Fixed: both rows are imported (with the optional language column: Northwind's contacts read Chinese).
  await importFile(page, [
    `${HEADER},language`,
    `${northwind},诺斯风云 ${run};NW Cloud ${run},privacy@northwind.example,MSA-${run},true,,zh`,
    `${contoso},,privacy@contoso.example;dpo@contoso.example,,true,"Signed in 2025, renewed",`,
  ]);
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 customers." })).toBeVisible();
  await page.goto(`/customers?q=${encodeURIComponent(String(run))}`);
  const table = page.getByTestId("customer-table");
  await expect(table.getByRole("row")).toHaveCount(3);
  // Found by a differently written name as well.
  await page.goto(`/customers?q=${encodeURIComponent(`NORTHWIND cloud ${run} limited`)}`);
  await expect(page.getByTestId("customer-table").getByRole("link", { name: northwind })).toBeVisible();

  // The admin edits one: another alias, another contact, emails in English from now on.
  await page.getByTestId("customer-table").getByRole("link", { name: northwind }).click();
  await expect(page.getByRole("heading", { name: northwind })).toBeVisible();
  await expect(page.getByTestId("customer-registration")).toContainText("Chinese (Simplified)");
  await expect(page.getByTestId("median-acknowledge")).toContainText("—");
  await expectNoSeriousA11yViolations(page);
  const edit = page.getByRole("form", { name: "Edit customer" });
  await edit.getByLabel("Privacy contact emails").fill("privacy@northwind.example\nbroken address");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("“broken” is not a valid email address.")).toBeVisible();
  await expect(edit.getByLabel("Privacy contact emails")).toHaveValue("privacy@northwind.example\nbroken address");
  await edit.getByLabel("Aliases").fill(`诺斯风云 ${run}\nNW Cloud ${run}\nNorthwind ${run}`);
  await edit.getByLabel("Privacy contact emails").fill("privacy@northwind.example\nlegal@northwind.example");
  await expect(edit.getByLabel("Language of emails to the contacts")).toHaveValue("zh");
  await edit.getByLabel("Language of emails to the contacts").selectOption("en");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  const registration = page.getByTestId("customer-registration");
  await expect(registration).toContainText(`Northwind ${run}`);
  await expect(registration).toContainText("legal@northwind.example");
  await expect(registration).toContainText("English");

  // A requester typing part of the Chinese alias is offered the registered name (names only).
  const requester = await (await browser.newContext()).newPage();
  await requester.goto("/request/access");
  const suggestions = requester.getByTestId("customer-suggestions").locator("option");
  await (await hydrated(requester.getByLabel(/business customers/))).pressSequentially(`诺斯风云 ${run}`);
  await expect(suggestions).toHaveCount(1);
  await expect(suggestions.first()).toHaveAttribute("value", northwind);
});
