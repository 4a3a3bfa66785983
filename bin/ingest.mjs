/**
 * `npm run ingest`: src/cli/ingest.ts, run from its bundle (bundled-command.mjs), with the V8 flags
 * package.json's script gives node (src/cli/defaults.ts, EXTRACT_V8_FLAGS).
 */
import { fileURLToPath } from "node:url";
import { runBundled } from "./bundled-command.mjs";

await runBundled(fileURLToPath(new URL("../src/cli/ingest.ts", import.meta.url)));
