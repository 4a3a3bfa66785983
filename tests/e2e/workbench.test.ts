/**
 * The workbench in real Chromium: articles dropped into the page, extracted in a worker, kept in
 * IndexedDB across reloads; claims and entities reviewed with undo; a workspace exported to one
 * file and opened again.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChrome, openPage } from "../../src/cli/browser/chrome";

const DOCS = new URL("./fixtures/documents/", import.meta.url);
const ARTICLES = ["fixture_montenegro_2017.txt", "fixture_montenegro_2022.txt", "fixture_ukraine_2022.txt"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

const bench = (page: Page) => page.getByRole("region", { name: "Workbench" });
const details = (page: Page) => page.getByRole("region", { name: "Details" });

/** "N of M claims reviewed" → [N, M]. */
async function reviewed(page: Page): Promise<[number, number]> {
  const text = await bench(page)
    .getByText(/claims reviewed/)
    .innerText();
  const [, n, m] = /(\d+) of (\d+) claims reviewed/.exec(text) ?? [];
  return [Number(n), Number(m)];
}

/** The filter summary's "N of M claims". */
async function visibleClaims(page: Page): Promise<[number, number]> {
  const text = await page.locator(".filters .counts").innerText();
  const [, n, m] = /(\d+) of (\d+) claims/.exec(text) ?? [];
  return [Number(n), Number(m)];
}

/** A page with a new, empty workspace holding the three fixture articles and one unreadable file. */
async function workspaceWithArticles() {
  const opened = await openPage(browser);
  const { page } = opened;
  page.setDefaultTimeout(15_000);
  await page.goto(inject("baseURL"));
  await page.getByRole("region", { name: "Filters" }).waitFor();
  await bench(page).getByRole("button", { name: "New", exact: true }).click();
  await expect.poll(() => reviewed(page)).toEqual([0, 0]);
  const files = [
    ...ARTICLES.map((name) => ({
      name,
      mimeType: "text/plain",
      buffer: readFileSync(new URL(name, DOCS)),
    })),
    { name: "broken.txt", mimeType: "text/plain", buffer: Buffer.from([0, 1, 2, 0, 0, 3]) },
  ];
  await page.getByLabel("Add articles").setInputFiles(files);
  return opened;
}

describe("workbench", () => {
  it("extracts dropped articles in a worker, shows their claims and texts, and names the bad file", async () => {
    const { page, errors } = await workspaceWithArticles();
    await page.getByRole("progressbar").waitFor();
    await expect.poll(async () => (await reviewed(page))[1], { timeout: 30_000 }).toBeGreaterThan(5);
    expect(await page.getByRole("list", { name: "Files not added" }).innerText()).toMatch(
      /broken\.txt: binary/,
    );
    // Every article is in the workspace and readable.
    await bench(page)
      .getByText(/Articles \(3\)/)
      .click();
    await bench(page)
      .getByRole("button", { name: /Montenegro after government hack/ })
      .click();
    const reader = page.getByRole("region", { name: "Reader" });
    await expect.poll(() => reader.getByLabel("Article text").innerText()).toContain("Raško Konjević");
    // The claims come from those articles.
    await page.getByRole("tab", { name: "Claims" }).click();
    const table = page.getByRole("region", { name: "Claims" });
    expect(await table.innerText()).toContain("assisted");
    expect(errors).toEqual([]);
  });
});
