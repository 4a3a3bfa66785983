/** Debian's Chromium driven by playwright-core, with the flags that give sigma WebGL headless. */
import { chromium, type Browser, type Page } from "playwright-core";
import { findChrome } from "./find-chrome";

const CHROME_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * `gpuCompositing`: the page is composited by SwiftShader in the GPU process, as a browser with a
 * GPU composites it, instead of in software on the page's thread (where every frame of a WebGL
 * canvas is read back with a blocking `readPixels`, a wait no user's browser has).
 */
export async function launchChrome({ gpuCompositing = false } = {}): Promise<Browser> {
  const args = gpuCompositing ? CHROME_FLAGS.filter((flag) => flag !== "--disable-gpu") : CHROME_FLAGS;
  return chromium.launch({ executablePath: findChrome(), headless: true, args });
}

/** A page that records console errors and uncaught exceptions, for "no console error" checks. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors, context };
}
