/**
 * `npm run screenshot`: rewrites docs/screenshot.png, the README's picture of the explorer on the
 * bundled graph with ANSSI selected. A script rather than a test, so tests leave the tracked tree
 * as they found it.
 */
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChrome, openPage } from "./browser/chrome";
import { buildApp, PROJECT_ROOT } from "./browser/build-app";
import { ensureChrome } from "./browser/find-chrome";
import { serveStatic, type StaticServer } from "./browser/static-server";
import { parseCommandLine } from "./args";
import { runCommand } from "./run";

const HELP = `Usage: npm run screenshot [-- --out FILE]

Builds the explorer, opens it on the bundled graph in headless Chromium, selects ANSSI and saves
a 1280×800 screenshot (default docs/screenshot.png, the README's picture).

Options:
  --out FILE   where to write the PNG
  -h, --help   this help`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv, { out: { type: "string" } }, HELP);
  if (!parsed) return 0;
  const out = parsed.values.out ?? join(PROJECT_ROOT, "docs/screenshot.png");
  ensureChrome();
  const outDir = await mkdtemp(join(tmpdir(), "kg-screenshot-"));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    await buildApp(outDir);
    server = await serveStatic({ "/": outDir });
    browser = await launchChrome();
    const { page, errors } = await openPage(browser);
    page.setDefaultTimeout(30_000);
    await page.goto(server.url);
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("ANSSI");
    await page.getByRole("option").first().waitFor();
    await search.press("Enter");
    await page
      .getByRole("region", { name: "Details" })
      .getByRole("heading", { level: 2, name: /ANSSI/ })
      .waitFor();
    await page.waitForTimeout(800); // the camera's flight to the node
    if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join("; ")}`);
    // Through a temporary file: an interrupted run leaves the old picture whole.
    const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
    await writeFile(temporary, await page.screenshot());
    await rename(temporary, out);
    console.log(`wrote ${out}`);
    return 0;
  } finally {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

runCommand("screenshot", main);
