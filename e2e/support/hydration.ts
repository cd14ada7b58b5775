import { expect, type Locator } from "@playwright/test";

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
