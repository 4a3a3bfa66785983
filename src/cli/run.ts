/**
 * Runs a command's main function: Ctrl-C aborts it cleanly, and any failure becomes one message
 * and an exit code, never a stack trace (set DEBUG=1 to see one).
 */
import { UsageError } from "./args";

export type Main = (argv: string[], signal: AbortSignal) => Promise<number>;

export function runCommand(name: string, main: Main): void {
  const controller = new AbortController();
  let interrupts = 0;
  process.on("SIGINT", () => {
    if (++interrupts > 1) process.exit(130);
    controller.abort();
  });
  main(process.argv.slice(2), controller.signal).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      if (controller.signal.aborted) {
        process.stderr.write(`\n${name}: interrupted; nothing was written\n`);
        process.exitCode = 130;
      } else if (e instanceof UsageError) {
        process.stderr.write(`${name}: ${e.message}\nRun \`npm run ${name} -- --help\` for the options.\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`${name}: ${e.message}\n${process.env.DEBUG ? `${e.stack}\n` : ""}`);
        process.exitCode = 1;
      }
    },
  );
}
