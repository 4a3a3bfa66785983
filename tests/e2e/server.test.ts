/**
 * `npm run serve` on a small PGlite claim store, driven in Chromium: the explorer starts empty,
 * an entity found by search brings its neighbourhood, two expansions (one capped, one two hops
 * deep) grow the graph and say what they left out, and a quote opens in the reader, in its article.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChrome, openPage } from "../../src/cli/browser/chrome";
import { PROJECT_ROOT } from "../../src/cli/browser/build-app";
import { openStore } from "../../src/store";
import { extractFolder, folderTexts, projectGazetteer, syntheticFolder } from "../store/corpus";

let browser: Browser;
let serve: ChildProcess | undefined;
let url: string;
let busiest: { key: string; label: string; degree: number };
const folders: string[] = [];

/** Starts `npm run serve` in its own process group and waits for the URL it prints. */
function startServe(dataDir: string): Promise<string> {
  serve = spawn(
    "npm",
    ["run", "serve", "--", "--port", "0", "--data-dir", dataDir, "--dist", inject("distDir")],
    {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`npm run serve printed no URL:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    serve!.stdout!.on("data", read);
    serve!.stderr!.on("data", read);
    serve!.once("exit", (code) => reject(new Error(`npm run serve exited (${code}):\n${output}`)));
  });
}

beforeAll(async () => {
  const gazetteer = await projectGazetteer();
  const articles = await syntheticFolder(40, gazetteer);
  const dataDir = await mkdtemp(join(tmpdir(), "serve-store-"));
  folders.push(articles, dataDir);
  const store = await openStore({ dataDir });
  await store.addExtractions(await extractFolder(articles, gazetteer), await folderTexts(articles));
  await store.refresh();
  await store.close();
  url = await startServe(dataDir);
  const hits = (await (await fetch(`${url}/api/search?q=a&limit=50`)).json()) as { hits: (typeof busiest)[] };
  busiest = hits.hits.sort((a, b) => b.degree - a.degree)[0]!;
  browser = await launchChrome();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  // npm → sh → node: end the whole group this test started.
  if (serve?.pid && serve.exitCode === null) process.kill(-serve.pid, "SIGINT");
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

const claimStore = (page: Page) => page.getByRole("region", { name: "Claim store" });

/** The counts above the filters: what is shown, and what is loaded (`total`). */
async function counts(page: Page): Promise<{ entities: number; claims: number }> {
  const text = await page.getByRole("region", { name: "Filters" }).locator(".counts").innerText();
  return {
    entities: Number(/(\d+) of \d+ entit/.exec(text)?.[1]),
    claims: Number(/(\d+) of \d+ claims?/.exec(text)?.[1]),
  };
}
async function loaded(page: Page): Promise<{ entities: number; claims: number }> {
  const text = await page.getByRole("region", { name: "Filters" }).locator(".counts").innerText();
  return {
    entities: Number(/\d+ of (\d+) entit/.exec(text)?.[1]),
    claims: Number(/\d+ of (\d+) claims?/.exec(text)?.[1]),
  };
}

describe("npm run serve", () => {
  it("starts empty, loads an entity found by search, expands it twice, and opens a quote in the reader", async () => {
    const { page, errors } = await openPage(browser);
    page.setDefaultTimeout(15_000);
    await page.goto(`${url}/`);
    await page.getByRole("region", { name: "Filters" }).waitFor();
    expect(await counts(page)).toEqual({ entities: 0, claims: 0 });
    await expect
      .poll(() => page.locator("body").innerText())
      .toContain("search the claim store for an entity");

    // Search: the suggestions come from the store; choosing one loads its neighbourhood.
    const box = page.getByRole("combobox", { name: "Search" });
    await box.fill(busiest.label.slice(0, 6));
    await page
      .getByRole("option", { name: new RegExp(busiest.label) })
      .first()
      .click();
    await expect
      .poll(() =>
        page.getByRole("region", { name: "Details" }).getByRole("heading", { level: 2 }).innerText(),
      )
      .toContain(busiest.label);
    await expect
      .poll(() => claimStore(page).locator(".expansion-summary").innerText())
      .toMatch(/matching claims? loaded/);
    const first = await counts(page);
    expect(first.entities).toBeGreaterThan(1);
    expect(first.claims).toBeGreaterThan(0);

    // Expansion 1, capped at 3 claims: it says how many the limit left out.
    await claimStore(page).getByRole("spinbutton", { name: "At most this many claims" }).fill("3");
    await claimStore(page).getByRole("button", { name: "Expand" }).click();
    await expect
      .poll(() => claimStore(page).locator(".expansion-summary").innerText())
      .toMatch(/^3 of \d+ matching claims loaded \(0 new\); \d+ left out by the limit of 3/);
    const summary = await claimStore(page).locator(".expansion-summary").innerText();
    const [, total, omitted] = /3 of (\d+) .*; (\d+) left out/.exec(summary)!;
    expect(Number(omitted)).toBe(Number(total) - 3);

    // Expansion 2, two hops deep: the graph grows around it in the explorer on screen. A filter
    // set before it stays set and the entity stays selected (the explorer is not rebuilt).
    const entityTypes = page
      .getByRole("region", { name: "Filters" })
      .getByRole("group", { name: "Entity types" });
    const people = entityTypes.getByRole("checkbox", { name: /^person/ });
    await people.uncheck();
    await claimStore(page).getByRole("spinbutton", { name: "At most this many claims" }).fill("400");
    await claimStore(page).locator("select").nth(1).selectOption("2");
    await claimStore(page).getByRole("button", { name: "Expand" }).click();
    await expect
      .poll(async () => (await loaded(page)).entities, { timeout: 20_000 })
      .toBeGreaterThan(first.entities);
    expect((await loaded(page)).claims).toBeGreaterThan(first.claims);
    expect(await people.isChecked()).toBe(false);
    expect(await entityTypes.getByRole("checkbox", { name: /^state/ }).isChecked()).toBe(true);
    expect(
      await page.getByRole("region", { name: "Details" }).getByRole("heading", { level: 2 }).innerText(),
    ).toContain(busiest.label);
    await people.check();

    // A quote of one of its claims opens in the reader.
    const quote = page.getByRole("region", { name: "Details" }).locator("button.quote").first();
    const quoted = (await quote.innerText()).replace(/^“|”$/g, "");
    await quote.click();
    const reader = page.getByRole("region", { name: "Reader" });
    await reader.waitFor();
    // The article's text comes from the store, with the quoted sentence marked in it.
    const article = reader.getByLabel("Article text");
    await article.waitFor();
    expect(await article.locator("mark").innerText()).toBe(quoted);
    expect((await article.innerText()).length).toBeGreaterThan(quoted.length + 100);
    expect(errors).toEqual([]);
  });
});
