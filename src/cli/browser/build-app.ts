/** The production build of the explorer into a folder of its own, for the browser tests and the screenshot. */
import { fileURLToPath } from "node:url";
import { build } from "vite";

export const PROJECT_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export async function buildApp(outDir: string): Promise<void> {
  await build({
    root: PROJECT_ROOT,
    configFile: `${PROJECT_ROOT}/vite.config.ts`,
    logLevel: "error",
    mode: "production",
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}
