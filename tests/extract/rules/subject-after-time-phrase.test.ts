/**
 * A body that only qualifies a noun in a phrase of time opening the clause ("Within hours of the
 * NSC briefing", "After the Ministry of Defence statement") is no subject: the denier, thanker or
 * accuser is the actor after the phrase (rules/frame.ts subjectBefore). Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const opening = "Hackers tied to China wiped the cargo ledgers of the Varnland Ports Authority in January.";
const deniers = (body: string) => {
  const ex = extract(`${opening} ${body}`);
  const label = (key: string) => ex.entities.find((e) => e.key === key)?.label ?? key;
  return ex.claims.filter((c) => c.type === "denied").map((c) => label(c.source));
};

describe("a body inside a phrase of time opening the clause", () => {
  it("does not deny: the actor after the phrase does ('A day after the X briefing ...')", () => {
    const found = deniers(
      "The National Security Council of Varnland blamed Beijing on Monday. A day after " +
        "the Security Council briefing the Chinese Embassy in Varn rejected the accusation as slander.",
    );
    expect(found.some((d) => d.includes("Security Council"))).toBe(false);
    expect(found.some((d) => d.includes("China") || d.includes("Chinese"))).toBe(true);
  });

  it("does not deny after 'After the X statement'", () => {
    const found = deniers(
      "After the Ministry of Defence statement the Chinese Embassy rejected the accusation.",
    );
    expect(found.some((d) => d.includes("Defence"))).toBe(false);
    expect(found.some((d) => d.includes("China") || d.includes("Chinese"))).toBe(true);
  });

  it("leaves the subject alone when no other actor follows ('After a long silence the Embassy ...')", () => {
    const found = deniers("After a long silence the Chinese Embassy rejected the accusation.");
    expect(found.some((d) => d.includes("China") || d.includes("Chinese"))).toBe(true);
  });
});
