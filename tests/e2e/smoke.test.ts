import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChrome, openPage } from "../../src/cli/browser/chrome";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

/** Pixels of a screenshot that are not (near) white, counted in the page with a 2D canvas. */
async function inkPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 230 || data[i + 1]! < 230 || data[i + 2]! < 230) ink++;
    return ink;
  }, png.toString("base64"));
}

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

  it("saves a screenshot of the explorer with an entity selected (docs/screenshot.png)", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(inject("baseURL"));
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("ANSSI");
    await page.getByRole("option").first().waitFor();
    await search.press("Enter");
    await page
      .getByRole("region", { name: "Details" })
      .getByRole("heading", { name: /Montenegro/ })
      .waitFor();
    await page.waitForTimeout(800); // the camera's flight to the node
    mkdirSync("docs", { recursive: true });
    await page.screenshot({ path: "docs/screenshot.png" });
    expect(errors).toEqual([]);
  });
});
