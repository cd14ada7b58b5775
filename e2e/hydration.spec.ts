import { expect, test, type Page } from "@playwright/test";
import { hydrated } from "./support/hydration";
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from "./support/run";
import { signIn } from "./support/staff";

/**
 * When the server's HTML and the browser's first render differ, React throws the server's HTML away and
 * renders the page again (it reports "Hydration failed", minified as error 418): anything a person typed
 * before the scripts loaded is lost. The region names of the country list once differed this way between
 * the server's and the browser's built-in names.
 */
function watchHydrationErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => {
    if (/#418|#423|#425|hydrat/i.test(error.message)) errors.push(`${page.url()}: ${error.message}`);
  });
  return errors;
}

const REQUEST_PAGES = ["access", "deletion", "correction", "objection", "withdrawal", "guardian-inquiry", "other"];

test("every request form hydrates without a mismatch, in English and in Chinese", async ({ page, baseURL }) => {
  const errors = watchHydrationErrors(page);
  for (const language of ["en", "zh"]) {
    await page.context().addCookies([{ name: "rd_locale", value: language, url: baseURL! }]);
    for (const slug of REQUEST_PAGES) {
      await page.goto(`/request/${slug}`);
      await hydrated(page.locator("main form").first());
    }
  }
  expect(errors).toEqual([]);
});

test("what a person types into the request form before its scripts load is still there afterwards", async ({
  page,
}) => {
  const errors = watchHydrationErrors(page);
  // Hold the page's scripts back until the fields are filled, as on a slow connection.
  let release!: () => void;
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  await page.goto("/request/access", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Your full name").fill("Early Typist");
  await page.getByLabel("Your email address").fill("early@example.com");
  await page.getByLabel("Country where you live").selectOption("HK");
  release();
  await hydrated(page.locator("main form").first());
  await expect(page.getByLabel("Your full name")).toHaveValue("Early Typist");
  await expect(page.getByLabel("Your email address")).toHaveValue("early@example.com");
  await expect(page.getByLabel("Country where you live")).toHaveValue("HK");
  expect(errors).toEqual([]);
});

/** Holds the page's scripts back until `release` is called, as on a slow connection. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  return release;
}

test("what staff change in a settings form before its scripts load is kept and saved", async ({ page }) => {
  const errors = watchHydrationErrors(page);
  await page.goto("/sign-in?callbackUrl=%2Fsettings%2Forganization");
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  const before = await page.getByLabel("Sender name").inputValue();
  const release = await holdScripts(page);
  await page.reload({ waitUntil: "domcontentloaded" });
  await page.getByLabel("Sender name").fill("Typed Early");
  release();
  await hydrated(page.locator("main form").first());
  await expect(page.getByLabel("Sender name")).toHaveValue("Typed Early");
  expect(errors).toEqual([]);
  // What was typed early is what the server saves.
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Sender name")).toHaveValue("Typed Early");
  // Put the name back as it was, through the form.
  await hydrated(page.locator("main form").first());
  await page.getByLabel("Sender name").fill(before);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
});

test("the staff form for logging a request hydrates without a mismatch", async ({ page }) => {
  const errors = watchHydrationErrors(page);
  await page.goto("/sign-in?callbackUrl=%2Fcases%2Fnew%3Ftype%3DACCESS");
  await signIn(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.reload(); // the form as a document of its own, not only rendered by client navigation
  await hydrated(page.locator("main form").first());
  expect(errors).toEqual([]);
});
