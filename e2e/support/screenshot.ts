import { test, type Page } from "@playwright/test";

/**
 * Attaches a full-page screenshot to the run's results (`test-results/`, and the report), so what a page
 * looks like in each language can be seen after every run.
 */
export async function attachScreenshot(page: Page, name: string): Promise<void> {
  const info = test.info();
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await info.attach(name, { path, contentType: "image/png" });
}
