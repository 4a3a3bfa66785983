/** A state's name written before one of its own bodies ("the U.K. National Cyber Security Centre") qualifies it, in invented copy. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const claimantsOf = (text: string, source: string, target: string) =>
  claimsOf(extract(text), "attributed-to")
    .filter((c) => c.source === source && c.target === target)
    .flatMap((c) => c.claimants);

describe("a state's name qualifying its own body", () => {
  it("lets the body, with its state, claim what its relative clause says", () => {
    const claimants = claimantsOf(
      "Customs officers in Lima said the intruders belong to APT29, which the U.K. National Cyber Security Centre last year described as a unit working for Russia.",
      "group:apt29",
      "state:russia",
    );
    expect(claimants).toEqual(["agency:ncsc-uk", "state:united-kingdom"]);
  });

  it("lets the body speak with its state when it opens the sentence", () => {
    const claimants = claimantsOf(
      "The United Kingdom National Cyber Security Centre told reporters on Friday that APT29 was behind the March 2026 cyberattack on the treasury of Peru.",
      "incident:peru-2026-03",
      "group:apt29",
    );
    expect(claimants).toEqual(["agency:ncsc-uk", "state:united-kingdom"]);
  });
});
