/**
 * The other system tools the tests use besides the browser: `jing` (the GEXF export is checked
 * against the GEXF 1.3 grammar) and PostgreSQL's server binaries (the claim store tests start a
 * throwaway cluster). As with Chromium, a root shell on Debian or Ubuntu installs what is missing
 * (saying so), so `npm test` is all the set-up on a fresh machine; anywhere else the run stops at
 * once with the command for that system.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  machineEnvironment,
  runCommand,
  systemOf,
  type ChromeEnvironment,
  type CommandRunner,
} from "./find-chrome";

export interface SystemTool {
  /** The Debian package that brings it. */
  debianPackage: string;
  /** What the tests use it for, for the messages. */
  usedFor: string;
  present(env: ToolEnvironment): boolean;
}

export interface ToolEnvironment extends ChromeEnvironment {
  /** The folders in /usr/lib/postgresql (one per installed major version). */
  postgresVersions(): string[];
}

export const JING: SystemTool = {
  debianPackage: "jing",
  usedFor: "the GEXF grammar check",
  present: (env) => env.which("jing") !== undefined,
};

export const POSTGRESQL: SystemTool = {
  debianPackage: "postgresql",
  usedFor: "the claim store tests",
  present: (env) =>
    env
      .postgresVersions()
      .some((version) => env.exists(join("/usr/lib/postgresql", version, "bin", "postgres"))),
};

export type ToolsDecision =
  | { action: "none" }
  | { action: "install"; packages: string[]; command: string; note: string }
  | { action: "fail"; message: string };

export function decideTools(env: ToolEnvironment, tools: readonly SystemTool[]): ToolsDecision {
  const missing = tools.filter((tool) => !tool.present(env));
  if (missing.length === 0) return { action: "none" };
  const packages = missing.map((tool) => tool.debianPackage);
  const why = missing.map((tool) => `${tool.debianPackage} (${tool.usedFor})`).join(", ");
  const system = systemOf(env);
  const command = `apt-get update && apt-get install -y ${packages.join(" ")}`;
  if (system.apt && env.uid === 0)
    return {
      action: "install",
      packages,
      command,
      note: `The tests need ${why}: installing with \`${command}\`.`,
    };
  const sudo = env.uid === 0 ? "" : "sudo ";
  return {
    action: "fail",
    message: system.apt
      ? `The tests need ${why}. Install with: ${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(" ")}`
      : `The tests need ${why}. On this system (${system.name}) install the packages that provide ${packages.join(" and ")}.`,
  };
}

export function toolEnvironment(env: ChromeEnvironment = machineEnvironment()): ToolEnvironment {
  return {
    ...env,
    postgresVersions: () => (existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql") : []),
  };
}

/** Installs what is missing on a root Debian/Ubuntu shell, else throws the command to run. */
export function ensureTools(
  tools: readonly SystemTool[],
  env: ToolEnvironment = toolEnvironment(),
  log: (line: string) => void = (line) => console.error(line),
  run: CommandRunner = runCommand,
): void {
  const decision = decideTools(env, tools);
  if (decision.action === "none") return;
  if (decision.action === "fail") throw new Error(decision.message);
  log(decision.note);
  try {
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", ...decision.packages]);
  } catch (error) {
    throw new Error(
      `Installing ${decision.packages.join(" ")} failed (${(error as Error).message}). Run: ${decision.command}`,
    );
  }
}
