/**
 * A body the text names with no owner right after a sentence in which another state only helped
 * (invented sentences): the helper is not the body's state.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const ownersOf = (text: string, label: RegExp) => {
  const body = extract(text).entities.find((e) => e.type === "agency" && label.test(e.label));
  // The owner the body was given (its part-of claim is dropped when it takes part in no other claim).
  return body?.country ? [body.country] : [];
};

const HIT =
  "Hackers wiped the payroll servers of Peru's water utility on Monday. Peru said the outage hit Peru's capital.";

describe("a body named with no owner after a helper's sentence", () => {
  it("is not the state that sent help", () => {
    const text = `${HIT} Canada sent a team of incident responders to Lima. The Ministry of Health said clinics were working on paper.`;
    expect(ownersOf(text, /Ministry of Health/)).toEqual(["state:peru"]);
  });

  it("is not the state whose body offered help", () => {
    const text = `${HIT} Canada's cyber centre offered forensic support. The Ministry of Health said clinics were working on paper.`;
    expect(ownersOf(text, /Ministry of Health/)).toEqual(["state:peru"]);
  });

  it("still goes to the state acting last when that state did not help", () => {
    const text = `${HIT} Canada's cyber centre said it was watching closely. The Ministry of Health said clinics in Canada were working on paper.`;
    expect(ownersOf(text, /Ministry of Health/)).toEqual(["state:canada"]);
  });

  it("leaves a body whose owner is written beside the helper", () => {
    const text = `${HIT} Canada sent a team of incident responders to Lima. Canada's health ministry said its staff would stay a week.`;
    expect(ownersOf(text, /Ministry of Health/)).toEqual(["state:canada"]);
  });
});
