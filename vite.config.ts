import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// `base: "./"` keeps every asset URL relative, so `dist/` works from any static file server and
// any sub-path (a team can publish its corpus view without configuring a base URL).
export default defineConfig({
  base: "./",
  plugins: [react()],
  worker: { format: "es" },
  build: { outDir: "dist", sourcemap: true, chunkSizeWarningLimit: 2000 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.{ts,tsx}"],
          exclude: ["tests/e2e/**", "tests/store/**", "node_modules/**"],
          globalSetup: ["tests/system-setup.ts"],
          environment: "node",
        },
      },
      {
        // The claim store on PGlite and on a PostgreSQL cluster the tests start; the worker kill
        // test takes minutes, so these run one file at a time, apart from the fast unit suite.
        extends: true,
        test: {
          name: "store",
          include: ["tests/store/**/*.test.ts"],
          globalSetup: ["tests/system-setup.ts"],
          environment: "node",
          testTimeout: 900_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
