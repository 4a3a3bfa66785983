/**
 * The analyst views (issue 5) in real Chromium. The questions of the issue run on the bundled graph
 * and on tests/e2e/fixtures/analyst-graph.json (same entities, invented articles); expectations
 * are read from the graph file itself (incidents found by type, date and targets, never by key).
 * The last group exercises the fixture alone: unanswered requests, paths, ego network, timeline,
 * actors projection.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadGraph, type ClaimGraph } from "../../src/model";
import { launchChrome, openPage } from "../../src/cli/browser/chrome";

const root = fileURLToPath(new URL("../..", import.meta.url));
const GRAPHS = [
  {
    name: "the fixture graph",
    query: "?graph=fixtures/analyst-graph.json",
    file: "tests/e2e/fixtures/analyst-graph.json",
  },
  { name: "the bundled graph", query: "", file: "graph-data/graph.json" },
];

function readGraph(file: string): ClaimGraph {
  const loaded = loadGraph(readFileSync(`${root}/${file}`, "utf8"));
  if (!loaded.ok) throw new Error(`${file} does not load: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
  return loaded.graph;
}

const label = (graph: ClaimGraph, node: string) => graph.getNodeAttribute(node, "label");
/** The node and every agency or person that acts for it (by `country` or `part-of`). */
const sideOf = (graph: ClaimGraph, party: string) =>
  graph.filterNodes(
    (node, a) =>
      node === party ||
      a.country === party ||
      graph.someOutEdge(node, (_e, e, _s, target) => e.type === "part-of" && target === party),
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

async function openView(
  query: string,
  tab: "Who helped whom" | "Attribution" | "Timeline" | "Paths" | "Ego network",
) {
  const opened = await openPage(browser);
  await opened.page.goto(inject("baseURL") + query);
  await opened.page.getByRole("tab", { name: tab }).click();
  const region = opened.page.getByRole("region", {
    name: tab === "Paths" ? "Path finder" : tab,
    exact: true,
  });
  await region.waitFor();
  return { ...opened, region };
}

/** Switches to the claims table and reads its rows as "type|from|to". */
async function claimsTableRows(page: Page): Promise<string[]> {
  await page.getByRole("tab", { name: "Claims" }).click();
  const table = page.getByRole("region", { name: "Claims" });
  await table.waitFor();
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll("td")]
        .slice(0, 3)
        .map((td) => td.textContent?.trim())
        .join("|"),
    ),
  );
}

const claimRow = (graph: ClaimGraph, key: string) =>
  `${graph.getEdgeAttribute(key, "type")}|${label(graph, graph.source(key))}|${label(graph, graph.target(key))}`;

describe.each(GRAPHS)("analyst views on $name", ({ query, file }) => {
  const graph = readGraph(file);
  const MONTENEGRO = "state:montenegro";

  it("shows Montenegro's request for help from the United Kingdom, answered by the UK side", async () => {
    const { page, region, errors } = await openView(query, "Who helped whom");
    const key = "requested-help:state:montenegro->state:united-kingdom";
    expect(graph.hasEdge(key), `${file} has no ${key}`).toBe(true);
    const row = region.locator(`tr[data-claim="${key}"]`);
    await row.waitFor();
    expect(await row.getAttribute("data-status")).toBe("answered by the party asked");
    const ukSide = sideOf(graph, "state:united-kingdom").map((n) => label(graph, n));
    const answers = await row.locator(".kg-answers > li").allInnerTexts();
    expect(answers.some((text) => ukSide.some((name) => text.startsWith(name)))).toBe(true);
    // The status is a button narrowing the graph to the request and its answers.
    await row.getByRole("button", { name: /answered by the party asked/ }).click();
    const rows = await claimsTableRows(page);
    expect(rows).toContain(claimRow(graph, key));
    expect(rows.length).toBe(1 + answers.length);
    expect(errors).toEqual([]);
  });

  it("shows France and ANSSI delivering help to Montenegro, in the pairs table and the flow", async () => {
    const { region } = await openView(query, "Who helped whom");
    for (const helper of ["state:france", "agency:anssi"]) {
      const pair = region.locator(`tr[data-helper="${helper}"][data-beneficiary="${MONTENEGRO}"]`);
      await pair.waitFor();
      const delivered = await pair.locator("td").nth(4).innerText();
      expect(Number(delivered)).toBeGreaterThanOrEqual(1);
      const band = region.getByRole("button", {
        name: `${label(graph, helper)} → Montenegro: ${delivered} delivered`,
      });
      expect(await band.count()).toBe(1);
    }
  });

  it("shows the August 2022 attack on Montenegro attributed to Russia, with its claimants", async () => {
    const montenegroSide = new Set(sideOf(graph, MONTENEGRO));
    const incidents = graph.filterNodes(
      (node, a) =>
        a.type === "incident" &&
        // Dated in August 2022 at the incident's own precision ("2022", "2022-08" or a day of it).
        a.date !== undefined &&
        (a.date.startsWith("2022-08") || "2022-08".startsWith(a.date)) &&
        graph.someOutEdge(node, (_e, e, _s, target) => e.type === "attacked" && montenegroSide.has(target)) &&
        graph.hasEdge(`attributed-to:${node}->state:russia`),
    );
    expect(incidents.length, "an August 2022 incident on Montenegro attributed to Russia").toBeGreaterThan(0);
    const { region } = await openView(query, "Attribution");
    for (const incident of incidents) {
      const claimants = graph.getEdgeAttribute(`attributed-to:${incident}->state:russia`, "claimants");
      expect(claimants.length, "the attribution names who makes it").toBeGreaterThan(0);
      const row = region.locator(`tr[data-incident="${incident}"][data-actor="state:russia"]`);
      await row.waitFor();
      const shown = await row
        .locator("[data-claimant]")
        .evaluateAll((items) => items.map((i) => i.getAttribute("data-claimant")));
      expect(shown.sort()).toEqual([...claimants].sort());
      for (const claimant of claimants) expect(await row.innerText()).toContain(label(graph, claimant));
    }
  });

  it("shows Russia's denials and marks the incidents it is blamed for and denies as contested", async () => {
    const denied = graph
      .filterOutEdges("state:russia", (_e, a) => a.type === "denied")
      .map((e) => graph.target(e));
    expect(denied.length, "Russia denies something").toBeGreaterThan(0);
    const { region } = await openView(query, "Attribution");
    for (const incident of denied) {
      const first = region.locator(`tr[data-incident="${incident}"]`).first();
      await first.waitFor();
      expect(await first.locator(".kg-denials").innerText()).toContain("Russia");
      const attributed = graph.someOutEdge(incident, (_e, a) => a.type === "attributed-to");
      expect(await first.getByText("Contested", { exact: true }).count()).toBe(attributed ? 1 : 0);
    }
  });

  it("narrows the claims table to exactly the claims behind an attribution matrix cell", async () => {
    const { page, region } = await openView(query, "Attribution");
    const cells = region
      .getByRole("table", { name: "Attribution matrix" })
      .locator('td[data-actor="state:russia"] button');
    expect(await cells.count()).toBeGreaterThan(0);
    const cell = cells.first();
    const count = Number(await cell.innerText());
    const claimant = (await cell.locator("xpath=..").getAttribute("data-claimant")) ?? "";
    await cell.click();
    expect(await cell.getAttribute("aria-pressed")).toBe("true");
    const expected = graph
      .filterInEdges(
        "state:russia",
        (_e, a) =>
          a.type === "attributed-to" &&
          (a.claimants.length ? a.claimants.includes(claimant) : claimant === "(articles)"),
      )
      .map((key) => claimRow(graph, key));
    const rows = await claimsTableRows(page);
    expect(rows.length).toBe(count);
    expect(rows.sort()).toEqual(expected.sort());
  });
});

describe("analyst views on the fixture graph", () => {
  const { query, file } = GRAPHS[0]!;
  const graph = readGraph(file);

  it("makes an unanswered request stand out", async () => {
    const { page, region } = await openView(query, "Who helped whom");
    const row = region.locator('tr[data-claim="requested-help:state:ukraine->state:united-states"]');
    await row.waitFor();
    expect(await row.getAttribute("class")).toContain("kg-unanswered");
    expect(await row.innerText()).toContain("no offer or help found");
    // The count is a button narrowing the claims table to the unanswered requests.
    await region.getByRole("button", { name: "1 unanswered" }).click();
    expect(await claimsTableRows(page)).toEqual([
      claimRow(graph, "requested-help:state:ukraine->state:united-states"),
    ]);
  });

  it("follows the filters: hiding a claim type removes it from the analysis", async () => {
    const { page, region } = await openView(query, "Who helped whom");
    const france = region.locator('tr[data-helper="state:france"][data-beneficiary="state:montenegro"]');
    await france.waitFor();
    await page
      .getByRole("region", { name: "Filters" })
      .getByRole("checkbox", { name: /^assisted/ })
      .uncheck();
    // The pair stays (Montenegro asked France) with no help delivered, and the request lost its answer.
    await expect.poll(() => france.locator("td").nth(4).innerText()).toBe("0");
    const request = region.locator('tr[data-claim="requested-help:state:montenegro->state:france"]');
    expect(await request.getAttribute("data-status")).toBe("unanswered");
  });

  it("narrows the claims table to a help matrix cell", async () => {
    const { page, region } = await openView(query, "Who helped whom");
    const cell = region.locator('td[data-helper="agency:anssi"][data-beneficiary="state:montenegro"] button');
    await cell.click();
    expect(await claimsTableRows(page)).toEqual([claimRow(graph, "assisted:agency:anssi->state:montenegro")]);
  });

  it("finds the path from Montenegro to Russia through the incidents, each step with its claims", async () => {
    const { region } = await openView(query, "Paths");
    await region.getByRole("combobox", { name: "From" }).fill("Montenegro (state)");
    await region.getByRole("combobox", { name: "To" }).fill("Russia (state)");
    const paths = region.getByRole("list", { name: "Shortest paths" });
    await paths.waitFor();
    const text = await paths.innerText();
    expect(await paths.locator(":scope > li").count()).toBe(3);
    expect(text).toContain("August 2022 cyberattack on Montenegro's government");
    expect(text).toMatch(/attributed-to\s+Russia/);
    // Without attacked claims the incidents no longer link Montenegro to Russia.
    await region.getByRole("checkbox", { name: "attacked" }).uncheck();
    await region.getByRole("checkbox", { name: "denied" }).uncheck();
    await region.getByRole("checkbox", { name: "member-of" }).uncheck();
    await region.getByText(/No path from Montenegro to Russia/).waitFor();
  });

  it("narrows the graph to the 1-hop neighbourhood of the selected entity", async () => {
    const { page, region } = await openView(query, "Ego network");
    await region.getByRole("combobox", { name: "Centre" }).fill("ANSSI (agency)");
    // ANSSI, Montenegro and France, and every claim among them (France's help included).
    await region.getByRole("button", { name: "Show the 1-hop neighbourhood: 3 entities, 4 claims" }).click();
    expect((await claimsTableRows(page)).sort()).toEqual(
      [
        "assisted:agency:anssi->state:montenegro",
        "part-of:agency:anssi->state:france",
        "assisted:state:france->state:montenegro",
        "requested-help:state:montenegro->state:france",
      ]
        .map((k) => claimRow(graph, k))
        .sort(),
    );
  });

  it("brushes a period on the timeline into the date-range filter", async () => {
    const { page, region } = await openView(query, "Timeline");
    const bar = (period: string) => region.locator(`g[data-period="${period}"] rect`).first();
    // 2016 to 2022 is too long for months: the axis counts years.
    const from = await bar("2021").boundingBox();
    const to = await bar("2022").boundingBox();
    if (!from || !to) throw new Error("timeline bars not drawn");
    await page.mouse.move(from.x + from.width / 2, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe("2021");
    expect(new URL(page.url()).searchParams.get("to")).toBe("2022");
    const rows = await claimsTableRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.includes("2016") || r.includes("United Kingdom"))).toEqual([]);
  });

  it("draws the actors projection over the graph without changing the claims", async () => {
    const { page, errors } = await openView(query, "Attribution");
    const before = (await claimsTableRows(page)).length;
    await page.getByRole("tab", { name: "Graph" }).click();
    const layer = page.locator("canvas.sigma-actorsProjection");
    const inked = () =>
      layer.evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
        return ink;
      });
    expect(await inked()).toBe(0);
    await page.getByRole("checkbox", { name: "Actors projection" }).check();
    await expect.poll(inked).toBeGreaterThan(100);
    expect((await claimsTableRows(page)).length).toBe(before);
    await page.getByRole("tab", { name: "Graph" }).click();
    await page.getByRole("checkbox", { name: "Actors projection" }).uncheck();
    await expect.poll(inked).toBe(0);
    expect(errors).toEqual([]);
  });
});
