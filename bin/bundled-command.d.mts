/** Types of bundled-command.mjs (plain JavaScript: it runs before any TypeScript can). */
export const CACHE_DIR: string;
export function bundledCommand(entry: string, cacheDir?: string): Promise<string>;
export function runBundled(entry: string): Promise<void>;
