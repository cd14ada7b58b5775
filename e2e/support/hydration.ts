import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Waits until React has attached its handlers to the element: keys typed into server-rendered HTML before
 * hydration fire no change events, so a field that reacts as you type would miss them.
 */
export async function hydrated(locator: Locator): Promise<Locator> {
  await expect
    .poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactProps"))))
    .toBe(true);
  return locator;
}

/** Opens a page with a form and waits until the form is hydrated, so what the spec types is kept. */
export async function openForm(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await hydrated(page.locator("main form").first());
}
