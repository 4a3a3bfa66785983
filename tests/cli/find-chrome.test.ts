/**
 * How the browser tests find (or install) Chromium, decided on injected environments: PATH lookups,
 * user id and /etc/os-release, so no branch needs a machine without chromium.
 */
import { describe, expect, it } from "vitest";
import {
  decideChrome,
  ensureChrome,
  findChrome,
  parseOsRelease,
  type ChromeEnvironment,
} from "../../src/cli/browser/find-chrome";

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nPRETTY_NAME="Ubuntu 24.04 LTS"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nPRETTY_NAME="Fedora Linux 40"\nID=fedora\n';

/** A machine with the given executables on its PATH (name → path) and files. */
function machine(over: Partial<ChromeEnvironment> & { onPath?: Record<string, string> } = {}) {
  const { onPath = {}, ...rest } = over;
  const looked: string[] = [];
  const env: ChromeEnvironment = {
    chromePathVariable: undefined,
    which: (name) => {
      looked.push(name);
      return onPath[name];
    },
    exists: () => false,
    uid: 1000,
    platform: "linux",
    osRelease: DEBIAN,
    ...rest,
  };
  return { env, looked };
}

describe("finding a browser for the browser tests", () => {
  it("takes CHROME_PATH first, without looking at the PATH", () => {
    const { env, looked } = machine({
      chromePathVariable: "/opt/chrome/chrome",
      exists: (p) => p === "/opt/chrome/chrome",
      onPath: { chromium: "/usr/bin/chromium" },
    });
    expect(decideChrome(env)).toEqual({ action: "use", path: "/opt/chrome/chrome" });
    expect(looked).toEqual([]);
  });

  it("fails at once, naming the path, when CHROME_PATH points at nothing (no silent fallback)", () => {
    const { env } = machine({
      chromePathVariable: "/nope/chrome",
      onPath: { chromium: "/usr/bin/chromium" },
    });
    const decision = decideChrome(env);
    expect(decision.action).toBe("fail");
    if (decision.action === "fail") expect(decision.message).toContain("CHROME_PATH is /nope/chrome");
  });

  it("then looks for chromium, chromium-browser and google-chrome on the PATH, in that order", () => {
    const first = machine({
      onPath: { "google-chrome": "/usr/bin/google-chrome", chromium: "/usr/bin/chromium" },
    });
    expect(decideChrome(first.env)).toEqual({ action: "use", path: "/usr/bin/chromium" });
    expect(first.looked).toEqual(["chromium"]);

    const last = machine({ onPath: { "google-chrome": "/opt/google/chrome/google-chrome" } });
    expect(decideChrome(last.env)).toEqual({ action: "use", path: "/opt/google/chrome/google-chrome" });
    expect(last.looked).toEqual(["chromium", "chromium-browser", "google-chrome"]);

    const ubuntu = machine({
      onPath: { "chromium-browser": "/usr/bin/chromium-browser" },
      osRelease: UBUNTU,
    });
    expect(decideChrome(ubuntu.env)).toEqual({ action: "use", path: "/usr/bin/chromium-browser" });
  });

  it("as root on Debian or Ubuntu with no browser, installs Debian's chromium (apt-get update first)", () => {
    for (const osRelease of [DEBIAN, UBUNTU]) {
      const decision = decideChrome(machine({ uid: 0, osRelease }).env);
      expect(decision).toMatchObject({
        action: "install",
        command: "apt-get update && apt-get install -y chromium",
      });
    }
  });

  it("as a user on Debian, fails with the sudo command instead of installing", () => {
    const decision = decideChrome(machine({ uid: 1000 }).env);
    expect(decision.action).toBe("fail");
    if (decision.action === "fail") {
      expect(decision.message).toContain("sudo apt-get update && sudo apt-get install -y chromium");
      expect(decision.message).toContain("Debian GNU/Linux 12 (bookworm)");
      expect(decision.message).toContain("CHROME_PATH");
    }
  });

  it("as root elsewhere, fails with that system's command and installs nothing", () => {
    const fedora = decideChrome(machine({ uid: 0, osRelease: FEDORA }).env);
    expect(fedora).toMatchObject({ action: "fail" });
    if (fedora.action === "fail") expect(fedora.message).toContain("dnf install -y chromium");

    const mac = decideChrome(machine({ uid: 0, platform: "darwin", osRelease: undefined }).env);
    expect(mac.action).toBe("fail");
    if (mac.action === "fail") expect(mac.message).toContain("brew install --cask chromium");

    const unknown = decideChrome(machine({ uid: 0, osRelease: undefined }).env);
    expect(unknown.action).toBe("fail");
  });

  it("findChrome throws the decision's message rather than installing", () => {
    expect(() => findChrome(machine({ uid: 1000 }).env)).toThrow(/sudo apt-get update/);
    expect(findChrome(machine({ onPath: { chromium: "/usr/bin/chromium" } }).env)).toBe("/usr/bin/chromium");
  });

  it("ensureChrome says it installs, runs apt-get update then install, and uses what it installed", () => {
    const onPath: Record<string, string> = {};
    const { env } = machine({ uid: 0, onPath });
    const lines: string[] = [];
    const commands: string[] = [];
    const path = ensureChrome(
      env,
      (line) => lines.push(line),
      (command, args) => {
        commands.push([command, ...args].join(" "));
        if (args[0] === "install") onPath.chromium = "/usr/bin/chromium";
      },
    );
    expect(path).toBe("/usr/bin/chromium");
    expect(commands).toEqual(["apt-get update -qq", "apt-get install -y -qq chromium"]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/installing Debian's chromium/);
  });

  it("ensureChrome reports a failed install with the command to run by hand", () => {
    const { env } = machine({ uid: 0 });
    const run = () => {
      throw new Error("E: Unable to locate package chromium");
    };
    expect(() => ensureChrome(env, () => {}, run)).toThrow(
      /Unable to locate package chromium.*apt-get update && apt-get install -y chromium/,
    );
  });

  it("reads os-release values, quoted or not", () => {
    expect(parseOsRelease(UBUNTU)).toMatchObject({
      ID: "ubuntu",
      ID_LIKE: "debian",
      PRETTY_NAME: "Ubuntu 24.04 LTS",
    });
  });
});
