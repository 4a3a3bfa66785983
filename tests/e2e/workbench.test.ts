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
/** A STIX bundle from OASIS's examples whose report holds its text (in ../shared beside the project). */
const APT1_BUNDLE = new URL("../../../shared/stix2/examples/apt1.json", import.meta.url);
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

const articleFile = (name: string, buffer = readFileSync(new URL(name, DOCS))) => ({
  name,
  mimeType: "text/plain",
  buffer,
});

/** A page with a new, empty workspace; `initScript` runs before the page's own scripts. */
async function emptyWorkspace(initScript?: string) {
  const opened = await openPage(browser);
  const { page } = opened;
  page.setDefaultTimeout(15_000);
  if (initScript) await page.addInitScript(initScript);
  await page.goto(inject("baseURL"));
  await page.getByRole("region", { name: "Filters" }).waitFor();
  await bench(page).getByRole("button", { name: "New", exact: true }).click();
  await expect.poll(() => reviewed(page)).toEqual([0, 0]);
  return opened;
}

/** A page with a new workspace given the three fixture articles and one unreadable file. */
async function workspaceWithArticles(initScript?: string) {
  const opened = await emptyWorkspace(initScript);
  const files = [
    ...ARTICLES.map((name) => articleFile(name)),
    articleFile("broken.txt", Buffer.from([0, 1, 2, 0, 0, 3])),
  ];
  await opened.page.getByLabel("Add articles").setInputFiles(files);
  return opened;
}

/** Marks the graph's canvas, to tell later whether it is still the one on screen. */
const markCanvas = (page: Page) =>
  page
    .locator(".graph-canvas canvas")
    .first()
    .evaluate((canvas) => void (canvas.dataset.kept = "yes"));

/** The canvas marked is still on screen: the view was not rebuilt (camera, zoom and panels kept). */
const canvasKept = async (page: Page) =>
  (await page.locator('.graph-canvas canvas[data-kept="yes"]').count()) > 0;

/** Every IndexedDB put throws QuotaExceededError while the page's `storageFull` is set. */
const FULL_STORAGE = `
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.storageFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return put.apply(this, args);
  };
`;

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

    // Pasted text becomes the workspace's document pasted-1.txt, its claims merged in.
    const [, before] = await reviewed(page);
    await bench(page).getByRole("button", { name: "Paste text" }).click();
    await bench(page)
      .getByLabel("Article text")
      .fill(
        "NATO, 3 March 2023 - NATO strongly condemned the cyber attack on Ukraine's government websites.",
      );
    await bench(page).getByRole("button", { name: "Add pasted text" }).click();
    // The graph in view changed in place: the article list opened above is still open.
    await bench(page)
      .getByText(/Articles \(4\)/)
      .waitFor();
    await bench(page)
      .getByRole("button", { name: /pasted-1\.txt/ })
      .waitFor();
    expect((await reviewed(page))[1]).toBeGreaterThanOrEqual(before);
    expect(errors).toEqual([]);
  });

  it("hides a rejected claim, keeps it hidden after a reload, and brings it back with undo", async () => {
    const { page, errors } = await workspaceWithArticles();
    await expect.poll(async () => (await reviewed(page))[1], { timeout: 30_000 }).toBeGreaterThan(5);
    const [shown, total] = await visibleClaims(page);
    await page.getByRole("tab", { name: "Claims" }).click();
    const table = page.getByRole("region", { name: "Claims" });
    const row = table.getByRole("row").nth(1);
    const quote = await row.locator(".quote-cell").innerText();
    await markCanvas(page);
    await row.getByRole("button", { name: "Reject" }).click();
    await expect.poll(() => visibleClaims(page)).toEqual([shown - 1, total - 1]);
    expect(await canvasKept(page)).toBe(true);
    expect(await reviewed(page)).toEqual([1, total]);
    expect(await table.innerText()).not.toContain(quote);

    await page.reload();
    await page.getByRole("region", { name: "Filters" }).waitFor();
    await expect.poll(() => visibleClaims(page)).toEqual([shown - 1, total - 1]);
    // "Show rejected" brings it back in view, marked.
    await page.getByRole("checkbox", { name: /Show rejected/ }).check();
    await expect.poll(() => visibleClaims(page)).toEqual([shown, total]);
    await page.getByRole("checkbox", { name: /Show rejected/ }).uncheck();

    await bench(page).getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => visibleClaims(page)).toEqual([shown, total]);
    expect(await reviewed(page)).toEqual([0, total]);
    // Redo with the keyboard, then undo again, on the saved log.
    await page.locator("body").press("Control+Shift+Z");
    await expect.poll(() => visibleClaims(page)).toEqual([shown - 1, total - 1]);
    await page.locator("body").press("Control+Z");
    await expect.poll(() => visibleClaims(page)).toEqual([shown, total]);
    expect(errors).toEqual([]);
  });

  it("merges entities and adds a claim from a reader selection; both survive a reload and a workspace export/import", async () => {
    const { page, errors } = await openPage(browser);
    page.setDefaultTimeout(15_000);
    await page.goto(inject("baseURL") + "?graph=fixtures/claims-graph.json");
    await page.getByRole("region", { name: "Filters" }).waitFor();

    // Merge ANSSI into France: their "assisted Montenegro" claims join, "ANSSI part-of France" goes.
    await search(page, "ANSSI");
    await markCanvas(page);
    await details(page).getByText("Correct this entity").click();
    await details(page).getByLabel("Merge into").fill("France");
    await details(page).getByRole("button", { name: "Merge" }).click();
    await expect.poll(() => details(page).getByRole("heading", { level: 2 }).innerText()).toContain("France");
    // The review started a workspace from the graph on screen, which stays on screen (camera kept).
    expect(await canvasKept(page)).toBe(true);
    await expectMergedClaim(page);

    // A claim from a passage selected in the reader.
    await bench(page)
      .getByText(/Articles \(3\)/)
      .click();
    await bench(page)
      .getByRole("button", { name: /Ukraine hit by defacement/ })
      .click();
    await selectInArticle(page, PASSAGE);
    const form = page.getByRole("form", { name: "Add a claim from the selection" });
    await form.getByLabel("Claim source").fill("European Union");
    await form.getByLabel("Claim target").fill("Ukraine");
    await form.getByLabel("Claim type").selectOption("assisted");
    await form.getByRole("button", { name: "Add claim" }).click();
    await expectAddedClaim(page);

    await page.reload();
    await page.getByRole("region", { name: "Filters" }).waitFor();
    await expectMergedClaim(page);
    await expectAddedClaim(page);

    // One file holds it all; a colleague's browser (a fresh profile) opens it as it was.
    await page.getByText("Export", { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Workspace", exact: true }).click(),
    ]);
    const file = readFileSync((await download.path()) as string);
    const colleague = await openPage(browser);
    colleague.page.setDefaultTimeout(15_000);
    await colleague.page.goto(inject("baseURL"));
    await colleague.page.getByRole("region", { name: "Filters" }).waitFor();
    await colleague.page
      .getByLabel("Add articles")
      .setInputFiles({ name: "shared.workspace.json", mimeType: "application/json", buffer: file });
    await expectMergedClaim(colleague.page);
    await expectAddedClaim(colleague.page);
    expect(errors).toEqual([]);
    expect(colleague.errors).toEqual([]);
  });
});

describe("workbench: cancel, several workspaces, storage failures", () => {
  it("stops an extraction on Cancel, adds nothing as it says, and takes the next drop", async () => {
    const { page, errors } = await emptyWorkspace();
    const text = readFileSync(new URL(ARTICLES[1]!, DOCS));
    const many = Array.from({ length: 300 }, (_, i) => articleFile(`copy-${i}.txt`, text));
    await page.getByLabel("Add articles").setInputFiles(many);
    const bar = page.getByRole("progressbar");
    await bar.waitFor();
    await bench(page).getByRole("button", { name: "Cancel" }).click();
    await bar.waitFor({ state: "detached" });
    await bench(page)
      .getByText(/Adding articles was cancelled; nothing was added/)
      .waitFor();
    // Nothing of the cancelled run arrives later.
    await page.waitForTimeout(2_000);
    expect(await reviewed(page)).toEqual([0, 0]);
    expect(
      await bench(page)
        .getByText(/Articles \(/)
        .count(),
    ).toBe(0);

    await page.getByLabel("Add articles").setInputFiles(ARTICLES.map((name) => articleFile(name)));
    await expect.poll(async () => (await reviewed(page))[1], { timeout: 30_000 }).toBeGreaterThan(5);
    await bench(page)
      .getByText(/Articles \(3\)/)
      .waitFor();
    expect(errors).toEqual([]);
  });

  it("keeps several workspaces: names, switches between and deletes them, across a reload", async () => {
    const { page, errors } = await workspaceWithArticles();
    await expect.poll(async () => (await reviewed(page))[1], { timeout: 30_000 }).toBeGreaterThan(5);
    const [, claims] = await reviewed(page);
    await bench(page).getByRole("button", { name: "Rename" }).click();
    await bench(page).getByLabel("Workspace name").fill("Montenegro");
    await bench(page).getByRole("button", { name: "Save name" }).click();
    await bench(page).getByRole("button", { name: "New", exact: true }).click();
    await expect.poll(() => reviewed(page)).toEqual([0, 0]);

    const picker = bench(page).getByRole("combobox", { name: /^Workspace/ });
    const names = () => picker.locator("option").allTextContents();
    await expect.poll(names).toEqual(["New workspace", "Montenegro"]);
    await picker.selectOption({ label: "Montenegro" });
    await expect.poll(() => reviewed(page)).toEqual([0, claims]);

    page.once("dialog", (dialog) => void dialog.accept());
    await bench(page).getByRole("button", { name: "Delete" }).click();
    await expect.poll(names).toEqual(["New workspace"]);
    await expect.poll(() => reviewed(page)).toEqual([0, 0]);

    await page.reload();
    await page.getByRole("region", { name: "Filters" }).waitFor();
    await expect.poll(names).toEqual(["New workspace"]);
    expect(await reviewed(page)).toEqual([0, 0]);
    expect(errors).toEqual([]);
  });

  it("says so when the browser's storage is full, and loses nothing stored before", async () => {
    const { page, errors } = await workspaceWithArticles(FULL_STORAGE);
    await expect.poll(async () => (await reviewed(page))[1], { timeout: 30_000 }).toBeGreaterThan(5);
    const [, total] = await reviewed(page);
    await page.getByRole("tab", { name: "Claims" }).click();
    const rows = page.getByRole("region", { name: "Claims" }).getByRole("row");
    await rows.nth(1).getByRole("button", { name: "Reject" }).click();
    await expect.poll(() => reviewed(page)).toEqual([1, total]);

    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
    await rows.nth(1).getByRole("button", { name: "Reject" }).click();
    await bench(page)
      .getByText(/Could not save the review: the browser's storage for this page is full/)
      .waitFor();
    // The change stays in the page, as the message says.
    expect(await reviewed(page)).toEqual([2, total]);

    // A new page: what was stored before the failure is all there.
    await page.reload();
    await page.getByRole("region", { name: "Filters" }).waitFor();
    await expect.poll(() => reviewed(page)).toEqual([1, total]);
    await bench(page)
      .getByText(/Articles \(3\)/)
      .waitFor();
    expect(errors.filter((e) => !/QuotaExceeded|quota/i.test(e))).toEqual([]);
  });

  it("keeps an opened STIX bundle's report texts in the reader once a review starts a workspace from it", async () => {
    const { page, errors } = await openPage(browser);
    page.setDefaultTimeout(15_000);
    await page.goto(inject("baseURL"));
    await page.getByRole("region", { name: "Filters" }).waitFor();
    await page
      .getByLabel("Graph file (JSON, GEXF or GraphML)")
      .setInputFiles({ name: "apt1.json", mimeType: "application/json", buffer: readFileSync(APT1_BUNDLE) });
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toContain("apt1");
    // A review of the graph on screen starts a workspace from it.
    await page.getByRole("tab", { name: "Claims" }).click();
    const rows = page.getByRole("region", { name: "Claims" }).getByRole("row");
    const reject = page.getByRole("button", { name: "Reject" });
    await rows.filter({ has: reject }).last().getByRole("button", { name: "Reject" }).click();
    await expect.poll(async () => (await reviewed(page))[0]).toBe(1);

    await search(page, "APT1");
    await details(page)
      .getByRole("button", { name: /Since 2004, Mandiant has investigated/ })
      .first()
      .click();
    const article = page.getByRole("region", { name: "Reader" }).getByLabel("Article text");
    await expect.poll(() => article.innerText()).toContain("Since 2004, Mandiant has investigated");
    expect(errors).toEqual([]);
  });
});

const PASSAGE = "The European Union said it stands ready to help Ukraine";

/**
 * Searches an entity and waits until Details shows it. Typed once: a review action changes the
 * graph in view in place, so the explorer (its search box included) stays as it was.
 */
async function search(page: Page, text: string) {
  const box = page.getByRole("combobox", { name: "Search" });
  await box.fill(text);
  await page.getByRole("listbox", { name: "Suggestions" }).waitFor();
  await box.press("Enter");
  await expect.poll(() => details(page).getByRole("heading", { level: 2 }).innerText()).toContain(text);
}

/** Selects a passage of the article in the reader, as a mouse drag would. */
async function selectInArticle(page: Page, passage: string) {
  const article = page.getByRole("region", { name: "Reader" }).getByLabel("Article text");
  await expect.poll(() => article.innerText()).toContain(passage);
  await article.evaluate((element, text) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not in one text node of the article`);
  }, passage);
}

async function expectMergedClaim(page: Page) {
  await search(page, "France");
  const claim = details(page).getByRole("article", { name: "France assisted Montenegro" });
  await expect.poll(() => claim.locator(".evidence li").count(), { timeout: 15_000 }).toBe(3);
  expect(await details(page).getByRole("article", { name: /ANSSI/ }).count()).toBe(0);
}

async function expectAddedClaim(page: Page) {
  await search(page, "European Union");
  const claim = details(page).getByRole("article", { name: "European Union assisted Ukraine" });
  await expect.poll(() => claim.innerText(), { timeout: 15_000 }).toContain(PASSAGE);
  expect(await claim.innerText()).toContain("curated");
}
