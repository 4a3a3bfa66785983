/** A proposal or an invitation rejected is no denial (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

describe("'rejected it' after a proposal", () => {
  it("rejects the proposal the sentence named, not the accusation", () => {
    const ex = extract(
      "Chile accused Peru of the March intrusion at the Arica port authority. Bolivia suggested a regional cyber summit in La Paz, and Peru welcomed the idea, while Argentina and Chile have rejected it.",
    );
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:argentina")).toBe(false);
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:chile")).toBe(false);
  });

  it("still reads 'rejected it' after an accusation as a denial", () => {
    const ex = extract(
      "Chile accused Peru of the March intrusion at the Arica port authority. Peru rejected it.",
    );
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:peru")).toBe(true);
  });
});
