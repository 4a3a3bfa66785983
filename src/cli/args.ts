/** Command-line options through Node's own `parseArgs`, with errors a user can act on. */
import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

/** Parses the options (plus -h/--help); prints `help` and returns undefined when help was asked for. */
export function parseCommandLine<T extends Options>(argv: string[], options: T, help: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, ...HELP_OPTION },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, "."));
  }
  if (!(parsed.values as { help?: boolean }).help) return parsed;
  process.stdout.write(`${help}\n`);
  return undefined;
}

/** A whole number ≥ `min` from an option value, or a UsageError naming the option. */
export function wholeNumber(value: string | undefined, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${option} expects a whole number ≥ ${min}, got "${value}"`);
  return n;
}
