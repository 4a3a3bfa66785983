/**
 * A body whose owner only an earlier sentence suggests, in a sentence naming another state before
 * it: the graph does not claim whose it is. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

/** Malawi is the state the story is about; the next sentence names the body with no owner. */
const OPENING = "Intruders froze the payment systems of Malawi's water utility on Monday.";

describe("a body named with no owner after another state in its sentence", () => {
  it("gets no part-of claim for the state an earlier sentence spoke of", () => {
    const ex = extract(
      `${OPENING} Malawi asked Zambia for help, and the National Cyber Hub sent two engineers to Lilongwe.`,
    );
    // The body is still read (it speaks for someone), but no claim says whose it is.
    expect(ex.entities.some((e) => e.key.endsWith("national-cyber-hub"))).toBe(true);
    expect(ex.claims.filter((c) => c.type === "part-of" && c.source.endsWith("national-cyber-hub"))).toEqual(
      [],
    );
  });

  it("keeps the guessed owner's part-of when the state named before it is the accused one", () => {
    const ex = extract(
      `${OPENING} Malawi blamed Belarus for the attack. Asked about Belarus, the National Cyber Hub said Kenya had sent it two engineers.`,
    );
    expect(hasClaim(ex, "part-of", "agency:malawi-national-cyber-hub", "state:malawi")).toBe(true);
  });

  it("keeps it when the state named before it is the guessed owner itself", () => {
    const ex = extract(
      `${OPENING} Malawi announced that its engineers and the National Cyber Hub had restored the servers.`,
    );
    expect(hasClaim(ex, "part-of", "agency:malawi-national-cyber-hub", "state:malawi")).toBe(true);
  });

  it("keeps it when the state named before it is only compared with ('Unlike Zambia, ...')", () => {
    for (const opener of ["Unlike Zambia after a similar breach", "As with Tanzania two years ago"]) {
      const ex = extract(`${OPENING} ${opener}, the National Cyber Hub asked Kenya for help.`);
      expect(hasClaim(ex, "part-of", "agency:malawi-national-cyber-hub", "state:malawi")).toBe(true);
    }
  });
});
