/**
 * The system tools the unit and store tests need (jing, PostgreSQL): found, installed on a root
 * Debian/Ubuntu shell, or named with the command to install them, on injected environments.
 */
import { describe, expect, it } from "vitest";
import {
  decideTools,
  ensureTools,
  JING,
  POSTGRESQL,
  type ToolEnvironment,
} from "../../src/cli/browser/system-tools";

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const FEDORA = 'PRETTY_NAME="Fedora Linux 40"\nID=fedora\n';

function machine(
  over: Partial<ToolEnvironment> & { onPath?: string[]; files?: string[] } = {},
): ToolEnvironment {
  const { onPath = [], files = [], ...rest } = over;
  return {
    chromePathVariable: undefined,
    which: (name) => (onPath.includes(name) ? `/usr/bin/${name}` : undefined),
    exists: (path) => files.includes(path),
    uid: 0,
    platform: "linux",
    osRelease: DEBIAN,
    postgresVersions: () => ["15"],
    ...rest,
  };
}

const withAll = { onPath: ["jing"], files: ["/usr/lib/postgresql/15/bin/postgres"] };

describe("system tools for the tests", () => {
  it("does nothing when jing and PostgreSQL's server are there", () => {
    expect(decideTools(machine(withAll), [JING, POSTGRESQL])).toEqual({ action: "none" });
  });

  it("counts PostgreSQL only when a version folder holds the server binary (a client alone is not enough)", () => {
    const env = machine({ onPath: ["jing", "psql"], files: [] });
    expect(decideTools(env, [POSTGRESQL])).toMatchObject({ action: "install", packages: ["postgresql"] });
  });

  it("installs what is missing with apt-get as root on Debian, saying so", () => {
    const commands: string[] = [];
    const notes: string[] = [];
    ensureTools(
      [JING, POSTGRESQL],
      machine({ files: withAll.files }),
      (line) => notes.push(line),
      (command, args) => commands.push([command, ...args].join(" ")),
    );
    expect(commands).toEqual(["apt-get update -qq", "apt-get install -y -qq jing"]);
    expect(notes[0]).toContain("jing (the GEXF grammar check)");
  });

  it("stops at once with the sudo command when not root", () => {
    const env = machine({ uid: 1000 });
    expect(() =>
      ensureTools(
        [JING],
        env,
        () => {},
        () => expect.fail("must not run"),
      ),
    ).toThrow("sudo apt-get update && sudo apt-get install -y jing");
  });

  it("names the packages on a system without apt", () => {
    const decision = decideTools(machine({ osRelease: FEDORA }), [JING, POSTGRESQL]);
    expect(decision).toMatchObject({ action: "fail" });
    expect(decision.action === "fail" && decision.message).toMatch(/Fedora Linux 40.*jing and postgresql/);
  });

  it("says the command to run by hand when the install fails", () => {
    const failing = () => {
      throw new Error("E: Unable to locate package jing");
    };
    expect(() => ensureTools([JING], machine(), () => {}, failing)).toThrow(
      /Unable to locate package jing.*apt-get update && apt-get install -y jing/,
    );
  });
});
