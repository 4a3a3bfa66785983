import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChrome, openPage } from "./chrome";

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
    await page.waitForTimeout(500);
    const png = await page.locator("canvas").first().screenshot();
    expect(png.length).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  });
});
