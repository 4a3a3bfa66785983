import { defineConfig } from "vite";

// Built on its own by `npm run bench` (src/cli/bench/explorer.ts), never part of the app's build.
export default defineConfig({
  base: "./",
  logLevel: "error",
  build: { emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
});
