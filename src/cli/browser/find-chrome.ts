/**
 * Where the browser tests get their Chromium: `CHROME_PATH`, else `chromium`, `chromium-browser` or
 * `google-chrome` on the PATH. With none, a root shell on Debian or Ubuntu installs Debian's
 * `chromium` (what CI and a fresh developer machine are); anywhere else the tests stop at once with
 * the command that installs a browser on that system. The decision is a pure function of an injected
 * environment, so every branch is tested without uninstalling anything.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";

export const BROWSER_NAMES = ["chromium", "chromium-browser", "google-chrome"] as const;

export const APT_INSTALL_CHROMIUM = "apt-get update && apt-get install -y chromium";

/** What the decision reads from the machine. */
export interface ChromeEnvironment {
  /** The `CHROME_PATH` variable, when set and not empty. */
  chromePathVariable: string | undefined;
  /** The absolute path of an executable named `name` on the PATH. */
  which(name: string): string | undefined;
  exists(path: string): boolean;
  /** `process.getuid()`; undefined where there is none (Windows). */
  uid: number | undefined;
  /** `process.platform`. */
  platform: string;
  /** The text of /etc/os-release, when there is one. */
  osRelease: string | undefined;
}

export type ChromeDecision =
  | { action: "use"; path: string }
  | { action: "install"; command: string; note: string }
  | { action: "fail"; message: string };

export function decideChrome(env: ChromeEnvironment): ChromeDecision {
  const given = env.chromePathVariable;
  if (given) {
    if (env.exists(given)) return { action: "use", path: given };
    return {
      action: "fail",
      message: `CHROME_PATH is ${given}, which does not exist. Point it at a Chromium or Chrome binary, or unset it to use chromium from the PATH.`,
    };
  }
  for (const name of BROWSER_NAMES) {
    const path = env.which(name);
    if (path) return { action: "use", path };
  }
  const system = systemOf(env);
  if (system.apt && env.uid === 0)
    return {
      action: "install",
      command: APT_INSTALL_CHROMIUM,
      note: `No browser for the browser tests (CHROME_PATH unset; none of ${BROWSER_NAMES.join(", ")} on the PATH): installing Debian's chromium with \`${APT_INSTALL_CHROMIUM}\`.`,
    };
  return {
    action: "fail",
    message:
      `The browser tests need Chromium: CHROME_PATH is unset and none of ${BROWSER_NAMES.join(", ")} is on the PATH. ` +
      `On this system (${system.name}) install it with: ${system.command}` +
      " — or set CHROME_PATH to a Chromium or Chrome binary.",
  };
}

export interface System {
  name: string;
  command: string;
  apt: boolean;
}

/** The system's name and its command to install Chromium, from the platform and /etc/os-release. */
export function systemOf(env: Pick<ChromeEnvironment, "platform" | "osRelease" | "uid">): System {
  const sudo = env.uid === 0 ? "" : "sudo ";
  if (env.platform === "darwin")
    return { name: "macOS", command: "brew install --cask chromium", apt: false };
  if (env.platform === "win32")
    return { name: "Windows", command: "winget install Hibbiki.Chromium", apt: false };
  const release = parseOsRelease(env.osRelease ?? "");
  const ids = [release.ID ?? "", ...(release.ID_LIKE ?? "").split(/\s+/)].filter((id) => id !== "");
  const name = release.PRETTY_NAME || release.NAME || release.ID || env.platform;
  if (ids.some((id) => id === "debian" || id === "ubuntu"))
    return { name, command: `${sudo}apt-get update && ${sudo}apt-get install -y chromium`, apt: true };
  if (ids.some((id) => id === "fedora" || id === "rhel" || id === "centos"))
    return { name, command: `${sudo}dnf install -y chromium`, apt: false };
  if (ids.includes("arch")) return { name, command: `${sudo}pacman -S --noconfirm chromium`, apt: false };
  if (ids.includes("alpine")) return { name, command: `${sudo}apk add chromium`, apt: false };
  if (ids.some((id) => id.startsWith("opensuse") || id === "suse"))
    return { name, command: `${sudo}zypper install -y chromium`, apt: false };
  return {
    name,
    command: "your system's package manager (the package is usually called chromium)",
    apt: false,
  };
}

/** `KEY=value` lines, values optionally quoted (os-release(5)). */
export function parseOsRelease(text: string): Record<string, string | undefined> {
  const fields: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) fields[match[1]!] = match[2]!.replace(/^(["'])(.*)\1$/, "$2");
  }
  return fields;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The environment of this process. */
export function machineEnvironment(): ChromeEnvironment {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  return {
    chromePathVariable: process.env.CHROME_PATH || undefined,
    which: (name) => dirs.map((dir) => join(dir, name)).find(isExecutable),
    exists: existsSync,
    uid: process.getuid?.(),
    platform: process.platform,
    osRelease: existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : undefined,
  };
}

/** The browser to launch, or an error saying how to get one. Installs nothing. */
export function findChrome(env = machineEnvironment()): string {
  const decision = decideChrome(env);
  if (decision.action === "use") return decision.path;
  throw new Error(
    decision.action === "fail"
      ? decision.message
      : `No browser found (CHROME_PATH unset; none of ${BROWSER_NAMES.join(", ")} on the PATH). Install Debian's chromium: ${decision.command}`,
  );
}

/** Runs a command, throwing when it fails; its output goes to stderr so the run log shows apt's errors. */
export type CommandRunner = (command: string, args: string[]) => void;

export const runCommand: CommandRunner = (command, args) => {
  execFileSync(command, args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
};

/**
 * The browser to launch; on a root Debian/Ubuntu shell without one, installs Debian's chromium first
 * (saying so). Used by the browser tests' set-up and `npm run screenshot`.
 */
export function ensureChrome(
  env = machineEnvironment(),
  log: (line: string) => void = (line) => console.error(line),
  run: CommandRunner = runCommand,
): string {
  const decision = decideChrome(env);
  if (decision.action === "use") return decision.path;
  if (decision.action === "fail") throw new Error(decision.message);
  log(decision.note);
  try {
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"]);
  } catch (error) {
    throw new Error(
      `Installing chromium failed (${(error as Error).message}). Run it by hand: ${decision.command}`,
    );
  }
  return findChrome(env);
}
