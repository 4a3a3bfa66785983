/**
 * The explorer in real Chromium, on the fixture graph of tests/e2e/fixtures (three articles, every
 * node and edge type) unless a test says "bundled".
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EDGE_TYPES, loadGraph } from "../../src/model";
import { launchChrome, openPage } from "../../src/cli/browser/chrome";
import { differingShare } from "./screenshots";

const FIXTURE = "?graph=fixtures/claims-graph.json";
const ANSSI_QUOTE =
  "makes available the National Agency for the Security of Information Systems (ANSSI) to carry out a mission of support";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string) {
  const opened = await openPage(browser);
  opened.page.setDefaultTimeout(10_000);
  await opened.page.goto(inject("baseURL") + query);
  return opened;
}

async function explorer(query = FIXTURE) {
  const opened = await open(query);
  await opened.page.getByRole("region", { name: "Filters" }).waitFor();
  return opened;
}

async function search(page: Page, text: string) {
  const box = page.getByRole("combobox", { name: "Search" });
  await box.fill(text);
  await page.getByRole("listbox", { name: "Suggestions" }).waitFor();
  await box.press("Enter");
}

const details = (page: Page) => page.getByRole("region", { name: "Details" });
const filters = (page: Page) => page.getByRole("region", { name: "Filters" });

async function claimsCount(page: Page): Promise<number> {
  await page.getByRole("tab", { name: "Claims" }).click();
  const text = await page.locator(".table-count").innerText();
  return Number(/(\d+) claims?/.exec(text)?.[1]);
}

describe("explorer on the bundled graph", () => {
  it("finds ANSSI by search and shows that it assisted Montenegro, with the quote", async () => {
    const { page, errors } = await explorer("");
    await search(page, "ANSSI");
    const panel = details(page);
    await expect
      .poll(() => panel.getByRole("heading", { level: 2 }).innerText({ timeout: 1000 }), { timeout: 8000 })
      .toContain("ANSSI");
    const claim = panel.getByRole("article", { name: /ANSSI assisted Montenegro/ });
    await claim.waitFor({ timeout: 5000 });
    expect(await claim.innerText()).toContain(ANSSI_QUOTE);
    // The URL follows the selection after a short debounce.
    await expect.poll(() => page.url()).toContain("node=agency%3Aanssi");
    expect(errors).toEqual([]);
  });
});

describe("explorer on the fixture graph", () => {
  it("search is accent- and case-insensitive and covers aliases", async () => {
    const { page } = await explorer();
    const box = page.getByRole("combobox", { name: "Search" });
    await box.fill("rasko KONJ");
    await expect.poll(() => page.getByRole("option").first().innerText()).toContain("Raško Konjević");
    await box.fill("britain");
    await expect.poll(() => page.getByRole("option").first().innerText()).toContain("United Kingdom");
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect
      .poll(() => details(page).getByRole("heading", { level: 2 }).innerText())
      .toContain("United Kingdom");
  });

  it("hiding an edge type changes the claims table's count", async () => {
    const { page, errors } = await explorer();
    expect(await claimsCount(page)).toBe(20);
    await filters(page)
      .getByRole("checkbox", { name: /^assisted/ })
      .uncheck();
    expect(await claimsCount(page)).toBe(17);
    await filters(page).getByRole("button", { name: "Reset filters" }).click();
    expect(await claimsCount(page)).toBe(20);
    expect(errors).toEqual([]);
  });

  it("a shared URL restores the selection and the filters", async () => {
    const first = await explorer();
    await search(first.page, "ANSSI");
    await filters(first.page)
      .getByRole("checkbox", { name: /^part-of/ })
      .uncheck();
    await filters(first.page).getByRole("textbox", { name: "From" }).fill("2022");
    await expect.poll(() => first.page.url()).toMatch(/node=agency%3Aanssi.*et=.*from=2022/);
    const shared = first.page.url();
    const countThere = await claimsCount(first.page);

    const { page, errors } = await open(shared.slice(inject("baseURL").length));
    await expect.poll(() => details(page).getByRole("heading", { level: 2 }).innerText()).toContain("ANSSI");
    expect(
      await filters(page)
        .getByRole("checkbox", { name: /^part-of/ })
        .isChecked(),
    ).toBe(false);
    expect(
      await filters(page)
        .getByRole("checkbox", { name: /^assisted/ })
        .isChecked(),
    ).toBe(true);
    expect(await filters(page).getByRole("textbox", { name: "From" }).inputValue()).toBe("2022");
    expect(await claimsCount(page)).toBe(countThere);
    expect(countThere).toBeLessThan(20);
    expect(errors).toEqual([]);
  });

  it("drops invalid values of a shared URL with a visible notice", async () => {
    const { page } = await explorer(`${FIXTURE}&node=state:atlantis&et=assisted,bombed&conf=7`);
    const notice = page.getByRole("status").filter({ hasText: "ignored" });
    await expect.poll(() => notice.innerText()).toContain('node "state:atlantis": not in this graph');
    const text = await notice.innerText();
    expect(text).toContain('et "bombed"');
    expect(text).toContain('conf "7"');
    // The valid part of the link still applies.
    expect(await claimsCount(page)).toBe(3);
  });

  it("opens a quote in the reader with its sentence highlighted", async () => {
    const { page, errors } = await explorer(`${FIXTURE}&node=agency:anssi`);
    const quote = details(page).getByRole("button", { name: /ANSSI experts are working/ });
    await quote.click();
    const reader = page.getByRole("region", { name: "Reader" });
    const mark = reader.locator("mark");
    await mark.waitFor();
    expect(await mark.innerText()).toContain("ANSSI experts are working with our teams");
    const article = await reader.getByLabel("Article text").innerText();
    expect(article).toContain("France sends cyber experts to Montenegro after government hack");
    expect(await mark.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("selecting a row of the claims table shows that claim in Details", async () => {
    const { page } = await explorer();
    await page.getByRole("tab", { name: "Claims" }).click();
    await page.getByRole("searchbox", { name: "Filter claims" }).fill("Cuba ransomware CLAIMED");
    expect(await page.locator(".table-count").innerText()).toMatch(/^1 claim /);
    await page.getByRole("row").nth(1).getByRole("button", { name: "attributed-to" }).click();
    const claim = details(page).getByRole("article");
    expect(await claim.getByRole("heading").innerText()).toMatch(
      /August 2022 .* attributed-to Cuba Ransomware/,
    );
    expect(await claim.innerText()).toContain("claimed responsibility on its leak site");
  });

  it("exports the visible claims as CSV and the filtered graph as JSON", async () => {
    const { page } = await explorer(`${FIXTURE}&et=assisted,requested-help`);
    const exportTo = async (name: string) => {
      await page.getByText("Export", { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name }).click(),
      ]);
      return readFileSync((await download.path()) as string, "utf8");
    };
    const json = await exportTo("Graph JSON (filtered)");
    const loaded = loadGraph(json);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.graph.size).toBe(5);
      expect(new Set(loaded.graph.mapEdges((_e, a) => a.type))).toEqual(
        new Set(["assisted", "requested-help"]),
      );
    }
    const csv = await exportTo("CSV of visible claims");
    expect(csv).toContain("ANSSI");
    expect(csv).not.toContain("part-of");
  });

  it("times a selection with a kg:select measure and highlights its neighbourhood", async () => {
    const { page, errors } = await explorer();
    const canvas = page.locator(".graph-canvas");
    const before = await canvas.screenshot();
    const selectedAfter = await page.evaluate(() => performance.now());
    await search(page, "Montenegro");
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName("kg:select").length))
      .toBeGreaterThan(0);
    const [measure, after] = await page.evaluate(() => {
      const { startTime, duration } = performance.getEntriesByName("kg:select")[0]!;
      return [{ startTime, duration }, performance.now()] as const;
    });
    // One measure, spanning the selection's work (not an empty mark), taken during the search's Enter.
    expect(measure.duration).toBeGreaterThan(0);
    expect(measure.startTime).toBeGreaterThanOrEqual(selectedAfter);
    expect(measure.startTime + measure.duration).toBeLessThanOrEqual(after);
    await page.waitForTimeout(600);
    expect(await differingShare(page, before, await canvas.screenshot())).toBeGreaterThan(0.05);
    expect(errors).toEqual([]);
  });

  it("runs ForceAtlas2 in a worker until stopped, and resets to the file's positions", async () => {
    const { page, errors } = await explorer();
    const canvas = page.locator(".graph-canvas canvas.sigma-nodes");
    const start = await canvas.screenshot();
    await page.getByRole("button", { name: "Run layout" }).click();
    await page.waitForTimeout(1500);
    await page.getByRole("button", { name: "Stop layout" }).click();
    await page.waitForTimeout(300);
    expect(await differingShare(page, start, await canvas.screenshot())).toBeGreaterThan(0.01);
    await page.getByRole("button", { name: "Reset layout" }).click();
    await page.waitForTimeout(800);
    // Back where the file had them (the pressed button's focus ring aside).
    expect(await differingShare(page, start, await canvas.screenshot())).toBeLessThan(0.002);
    expect(errors).toEqual([]);
  });

  it("exports the filtered graph as GEXF and GraphML and opens those files again", async () => {
    const { page, errors } = await explorer(
      `${FIXTURE}&et=${EDGE_TYPES.filter((t) => t !== "assisted").join(",")}`,
    );
    expect(await claimsCount(page)).toBe(17);
    for (const [label, name] of [
      ["GEXF (filtered)", "claim-graph.gexf"],
      ["GraphML (filtered)", "claim-graph.graphml"],
    ] as const) {
      await page.getByText("Export", { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const text = readFileSync((await download.path()) as string, "utf8");
      await page
        .getByLabel("Graph file (JSON, GEXF or GraphML)")
        .setInputFiles({ name, mimeType: "application/xml", buffer: Buffer.from(text) });
      // The opened file holds only the 17 claims that were visible, with no filter applied to it.
      await expect.poll(() => filters(page).locator(".counts").innerText()).toContain("17 of 17 claims");
      expect(await claimsCount(page)).toBe(17);
      await page.getByRole("tab", { name: "Graph" }).click();
    }
    expect(errors).toEqual([]);
  });

  it("opens a graph file chosen with the file picker", async () => {
    const { page, errors } = await explorer("");
    await page
      .getByLabel("Graph file (JSON, GEXF or GraphML)")
      .setInputFiles("tests/e2e/fixtures/claims-graph.json");
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).innerText())
      .toContain("Fixture: three articles");
    expect(await claimsCount(page)).toBe(20);
    expect(errors).toEqual([]);
  });
});

describe("bad graph files", () => {
  it("names the problem with its schema path for a malformed file", async () => {
    const { page } = await open("?graph=fixtures/malformed.json");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain("malformed.json");
    expect(text).toContain("edges[0].attributes.evidence[0].start: expected a number");
    expect(text).toMatch(/open another graph file/i);
  });

  it("says so when the graph file is missing", async () => {
    const { page } = await open("?graph=fixtures/no-such-graph.json");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/no-such-graph\.json[\s\S]*404/);
  });
});
