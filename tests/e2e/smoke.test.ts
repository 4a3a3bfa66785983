import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChrome, openPage } from "../../src/cli/browser/chrome";
import { inkPixels } from "./screenshots";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

describe("explorer page", () => {
  it("loads the bundled graph with no console error and draws a non-blank canvas", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(inject("baseURL"));
    await page.waitForSelector("canvas");
    await page.waitForFunction(() => performance.getEntriesByName("kg:first-render").length > 0);
    const marks = await page.evaluate(() =>
      ["kg:data-loaded", "kg:graph-built", "kg:first-render"].map(
        (m) => performance.getEntriesByName(m).length,
      ),
    );
    expect(marks).toEqual([1, 1, 1]);
    await page.waitForTimeout(300);
    const png = await page.locator(".graph-canvas").screenshot();
    // Nodes and edges: far more than a blank canvas's overlay controls would give.
    expect(await inkPixels(page, png)).toBeGreaterThan(500);
    expect(errors).toEqual([]);
  });
});
