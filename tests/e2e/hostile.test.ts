/**
 * Hostile input stays text. The fixture graph (tests/e2e/fixtures/hostile-graph.json) and its
 * article carry `<img onerror>`, `<script>`, `<svg onload>`, `<iframe>`, `javascript:` links, a
 * 270-letter word, right-to-left and zero-width characters in every label, alias, role, quote,
 * title and URL. Each payload calls `__hostile()` (defined before the page loads) and most also
 * `alert()`: after every step, nothing has called it, no dialog opened, no element carries an event
 * handler attribute or a payload URL, and no element is wider than the viewport.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadGraph } from "../../src/model";
import { launchChrome, openPage } from "../../src/cli/browser/chrome";

const FIXTURE = "?graph=fixtures/hostile-graph.json";
const fixture = JSON.parse(readFileSync("tests/e2e/fixtures/hostile-graph.json", "utf8")) as {
  nodes: { key: string; attributes: { label: string } }[];
};
const VIEWPORT = { width: 1280, height: 800 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

/** A page with the payloads' target defined, and its dialogs counted (and dismissed). */
async function watchedPage() {
  const opened = await openPage(browser, VIEWPORT);
  const { page } = opened;
  page.setDefaultTimeout(15_000);
  await page.addInitScript(() => {
    const w = window as unknown as { __hostile: () => void; __hostileRuns: number };
    w.__hostileRuns = 0;
    w.__hostile = () => void w.__hostileRuns++;
  });
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { ...opened, dialogs };
}

/** The explorer on the hostile fixture. */
async function hostilePage(query = FIXTURE) {
  const opened = await watchedPage();
  await opened.page.goto(inject("baseURL") + query);
  await opened.page.getByRole("region", { name: "Filters" }).waitFor();
  return opened;
}

interface Findings {
  runs: number;
  handlers: string[];
  payloadUrls: string[];
  tooWide: string[];
  pageScrollWidth: number;
}

/** What a step left behind: payload runs, event-handler attributes, payload URLs, over-wide elements. */
function findings(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? ` class="${el.className}"` : ""}> ${(el.textContent ?? "").slice(0, 40)}`;
    const all = [...document.querySelectorAll("*")];
    const width = window.innerWidth;
    return {
      runs: (window as unknown as { __hostileRuns: number }).__hostileRuns,
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${describe(el)} ${a.name}`),
      ),
      payloadUrls: all.flatMap((el) =>
        ["href", "src", "action", "formaction", "xlink:href", "srcdoc"]
          .map((name) => el.getAttribute(name))
          .filter((value): value is string => value !== null && value.includes("__hostile"))
          .map((value) => `${describe(el)} ${value}`),
      ),
      tooWide: all
        .filter((el) => el.getBoundingClientRect().width > width + 1)
        .map((el) => `${describe(el)}: ${Math.round(el.getBoundingClientRect().width)}px`),
      pageScrollWidth: document.documentElement.scrollWidth,
    };
  });
}

async function expectNothingRan(page: Page, dialogs: string[], step: string) {
  const found = await findings(page);
  expect({ step, ...found, dialogs }).toEqual({
    step,
    runs: 0,
    handlers: [],
    payloadUrls: [],
    tooWide: [],
    pageScrollWidth: expect.any(Number),
    dialogs: [],
  });
  expect(found.pageScrollWidth, `${step}: the page scrolls sideways`).toBeLessThanOrEqual(VIEWPORT.width);
}

const details = (page: Page) => page.getByRole("region", { name: "Details" });

describe("hostile labels, quotes and articles", () => {
  it(
    "selecting every entity and opening the reader on every quote runs nothing and stays in the viewport",
    { timeout: 240_000 },
    async () => {
      const { page, dialogs, errors } = await hostilePage();
      await expectNothingRan(page, dialogs, "open");
      for (const node of fixture.nodes) {
        await page.goto(`${inject("baseURL")}${FIXTURE}&node=${encodeURIComponent(node.key)}`);
        // The label is shown as the text it is, markup and all.
        await expect
          .poll(() => details(page).getByRole("heading", { level: 2 }).innerText())
          .toContain(node.attributes.label.trim().slice(0, 20));
        await expectNothingRan(page, dialogs, `select ${node.key}`);
        const quotes = details(page).locator("button.quote");
        const count = await quotes.count();
        expect(count, `${node.key} has quotes to open`).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          await quotes.nth(i).click();
          const reader = page.getByRole("region", { name: "Reader" });
          await reader.locator("mark").first().waitFor();
          expect(await reader.getByLabel("Article text").innerText()).toContain("<script>__hostile()");
          await expectNothingRan(page, dialogs, `${node.key}: quote ${i + 1} in the reader`);
        }
      }
      expect(errors).toEqual([]);
    },
  );

  it("visiting every tab with an entity selected runs nothing and stays in the viewport", async () => {
    const { page, dialogs, errors } = await hostilePage(`${FIXTURE}&node=group%3Aapt`);
    const tabs = page.getByRole("tablist", { name: "Views" }).getByRole("tab");
    const names = await tabs.allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const name of names) {
      await tabs.filter({ hasText: name }).first().click();
      await page.waitForTimeout(400);
      await expectNothingRan(page, dialogs, `tab ${name}`);
    }
    expect(errors).toEqual([]);
  });

  it(
    "exporting every format the Export menu offers runs nothing, here or when the file is opened",
    { timeout: 120_000 },
    async () => {
      const { page, dialogs } = await hostilePage();
      const menu = page.locator("details.export-menu");
      const buttons = menu.locator("ul button");
      const labels = (await buttons.allTextContents()).map((label) => label.trim());
      expect(labels.length).toBeGreaterThanOrEqual(6);
      const files: { label: string; name: string; bytes: Buffer }[] = [];
      for (const [i, label] of labels.entries()) {
        await menu.locator("summary").click();
        const [download] = await Promise.all([page.waitForEvent("download"), buttons.nth(i).click()]);
        files.push({
          label,
          name: download.suggestedFilename(),
          bytes: readFileSync((await download.path()) as string),
        });
        await expectNothingRan(page, dialogs, `export ${label}`);
      }

      expect(files.map((f) => f.name)).toContain("claim-graph.gexf");
      // The graph JSON keeps the hostile text exactly: escaped on screen, not stripped from data.
      const json = files.find((f) => f.name.endsWith(".json") && f.label.startsWith("Graph JSON"));
      const loaded = loadGraph(json!.bytes.toString("utf8"));
      expect(loaded.ok).toBe(true);
      if (loaded.ok)
        expect(loaded.graph.getNodeAttribute("group:apt", "label")).toBe(
          fixture.nodes.find((n) => n.key === "group:apt")!.attributes.label,
        );

      // Each exported file opened in the browser as what it is (XML, SVG, JSON, CSV, PNG) runs nothing.
      const TYPES: Record<string, string> = {
        ".gexf": "application/xml",
        ".graphml": "application/xml",
        ".xml": "application/xml",
        ".svg": "image/svg+xml",
        ".json": "application/json",
        ".html": "text/html",
        ".csv": "text/plain",
        ".png": "image/png",
      };
      for (const file of files) {
        const viewer = await watchedPage();
        const url = `${inject("baseURL")}exported/${encodeURIComponent(file.name)}`;
        await viewer.page.route(url, (route) =>
          route.fulfill({
            body: file.bytes,
            contentType: TYPES[extname(file.name)] ?? "text/plain",
          }),
        );
        await viewer.page.goto(url);
        await viewer.page.waitForTimeout(200);
        const runs = await viewer.page.evaluate(
          () => (window as unknown as { __hostileRuns?: number }).__hostileRuns ?? 0,
        );
        expect({ file: file.name, runs, dialogs: viewer.dialogs }).toEqual({
          file: file.name,
          runs: 0,
          dialogs: [],
        });
        await viewer.context.close();
      }
    },
  );
});
