/**
 * The claim trace (src/extract/trace.ts): off unless CLAIM_TRACE is set, when extraction writes
 * nothing to stderr; on, each claim's line names the rule that made it and each body's owner line
 * the reading that gave it, which scripts/claim-trace.mjs joins to the eval's false claims.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { INGEST_LAUNCHER } from "../../src/cli/defaults";
import { TRACE } from "../../src/extract/trace";
import { ROOT, tempFolder } from "../cli/run-cli";
import { extract } from "./helpers";

/** The JSON of each trace line of one kind. */
const linesOf = (stderr: string, kind: string): Record<string, unknown>[] =>
  stderr
    .split("\n")
    .filter((l) => l.startsWith(`${kind} `))
    .map((l) => JSON.parse(l.slice(kind.length + 1)) as Record<string, unknown>);

describe("the claim trace", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is off by default and writes no line while an article is extracted", () => {
    expect(TRACE).toBe(Boolean(process.env["CLAIM_TRACE"]));
    if (TRACE) return;
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const ex = extract(
      "Hackers froze the customs portal of Malawi on Friday. The electoral commission said Belarus was behind the attack.",
    );
    expect(ex.claims.length).toBeGreaterThan(0);
    expect(error).not.toHaveBeenCalled();
  });

  it("names the rule of each claim and the reading of each body's owner when on", async () => {
    const dir = await tempFolder({
      "docs/a.txt":
        "Malawi blamed Belarus for the intrusion into its finance ministry in May 2025. Zambia offered to help Malawi.\n",
    });
    const run = spawnSync(
      process.execPath,
      [join(ROOT, INGEST_LAUNCHER), join(dir, "docs"), "--out", join(dir, "graph.json")],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, CLAIM_TRACE: "1" }, timeout: 60_000 },
    );
    expect(run.status).toBe(0);
    const rules = new Map(
      linesOf(run.stderr, "TRACE").map((t) => [`${t["type"]} ${t["target"]}`, t["rule"]]),
    );
    // Each claim keeps its own rule: no rule's name carries over to a claim another rule made.
    expect(rules.get("attributed-to state:belarus")).toBe("blame");
    expect(rules.get("offered-help state:malawi")).toBe("offer");
    expect(rules.get("part-of state:malawi")).toBe("part-of:country");
    expect(linesOf(run.stderr, "READING")).toContainEqual(
      expect.objectContaining({ key: "agency:malawi-ministry-of-finance", reading: "written" }),
    );
  }, 90_000);
});
