import { describe, expect, it } from "vitest";
import {
  emptyReviewLog,
  formatProblem,
  isReviewLogJson,
  parseReviewLog,
  parseReviewOp,
} from "../../src/model";

const confirm = {
  op: "review-claim",
  claim: { key: "attacked:incident:x->state:y", evidence: [{ doc: "a.txt", start: 1, end: 9 }] },
  state: "confirmed",
  by: "ana",
  at: "2026-12-02T09:30:00Z",
};

describe("review-log files", () => {
  it("reads a log written as text, filling in defaults", () => {
    const parsed = parseReviewLog(
      JSON.stringify({
        kind: "claim-graph-review-log",
        version: 1,
        ops: [
          confirm,
          {
            op: "merge-entities",
            into: { key: "state:y" },
            from: { key: "state:z" },
            by: "ana",
            at: "2026-12-02T09:31:00Z",
          },
        ],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.ops[1]).toMatchObject({ into: { key: "state:y", mentions: [] } });
  });

  it("names the operation and field of a bad entry", () => {
    const parsed = parseReviewLog({
      ...emptyReviewLog(),
      ops: [confirm, { ...confirm, by: "", at: "yesterday" }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const messages = parsed.problems.map(formatProblem);
    expect(messages).toContain("ops[1].by: must not be empty");
    expect(messages.some((m) => m.startsWith("ops[1].at:"))).toBe(true);
  });

  it("rejects an unknown operation and a claim edit to a type the data model lacks", () => {
    expect(parseReviewOp({ ...confirm, op: "delete-everything" }).ok).toBe(false);
    expect(
      parseReviewOp({
        op: "edit-claim",
        claim: confirm.claim,
        changes: { type: "hacked" },
        by: "a",
        at: confirm.at,
      }).ok,
    ).toBe(false);
  });

  it("rejects an added claim with no evidence", () => {
    const added = parseReviewOp({
      op: "add-claim",
      claim: { type: "assisted", source: { key: "state:a" }, target: { key: "state:b" }, evidence: [] },
      by: "ana",
      at: confirm.at,
    });
    expect(added.ok).toBe(false);
  });

  it("is told apart from a graph file by its content", () => {
    expect(isReviewLogJson(emptyReviewLog())).toBe(true);
    expect(isReviewLogJson({ attributes: {}, nodes: [], edges: [] })).toBe(false);
    expect(isReviewLogJson(null)).toBe(false);
  });

  it("reports broken JSON instead of throwing", () => {
    const parsed = parseReviewLog("{ not json");
    expect(parsed.ok).toBe(false);
  });
});
