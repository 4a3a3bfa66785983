/**
 * Builds the app once, serves `dist/` from a plain static server on a free loopback port and hands
 * the URL to the browser tests. Fails first, and clearly, when Chromium is missing.
 */
import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { TestProject } from "vitest/node";
import { chromePath } from "./chrome";
import { serveStatic } from "./static-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));

export default async function setup(project: TestProject) {
  chromePath();
  // E2E_SKIP_BUILD=1 reuses an existing dist/ while iterating on tests.
  if (process.env.E2E_SKIP_BUILD !== "1") {
    await build({ root, configFile: `${root}/vite.config.ts`, logLevel: "error", mode: "production" });
  }
  const server = await serveStatic({ "/": `${root}/dist`, "/fixtures/": `${root}/tests/e2e/fixtures` });
  project.provide("baseURL", server.url);
  return () => server.close();
}
