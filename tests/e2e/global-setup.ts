/**
 * Builds the app once, serves `dist/` from a plain static server on a free loopback port and hands
 * the URL to the browser tests. Finds Chromium first (installing Debian's on a root Debian/Ubuntu
 * shell without one), else fails at once with the command for this system.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildApp, PROJECT_ROOT } from "../../src/cli/browser/build-app";
import { ensureChrome } from "../../src/cli/browser/find-chrome";
import { serveStatic } from "../../src/cli/browser/static-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** The built explorer, for tests that serve it themselves (`npm run serve`). */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  // Before the build: a missing browser stops the run at once, or is installed (root on Debian).
  ensureChrome();
  // A private output folder per run, so parallel runs never serve each other's half-written build.
  const outDir = mkdtempSync(join(tmpdir(), "kg-e2e-"));
  await buildApp(outDir);
  const server = await serveStatic({ "/": outDir, "/fixtures/": `${PROJECT_ROOT}/tests/e2e/fixtures` });
  project.provide("baseURL", server.url);
  project.provide("distDir", outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
