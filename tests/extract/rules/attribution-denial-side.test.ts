/**
 * A denial by a body of the accused state when the text laid the attack at the door of that state's
 * side (a group said to work for its army) and not of the body itself: the denial answers that
 * attack, not the one the article spoke of last; an attack of an earlier year is not taken over the
 * one under discussion. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const wire = (body: string) => `LIMA, 4 June 2026 (Reuters) - ${body}`;
const deniedBy = (ex: ReturnType<typeof extract>, prefix: string) =>
  ex.claims.filter((c) => c.type === "denied" && c.source.startsWith(prefix)).map((c) => c.target);
const accusedOf = (ex: ReturnType<typeof extract>, actor: string) =>
  ex.claims.filter((c) => c.type === "attributed-to" && c.target === actor).map((c) => c.source);

describe("denial rule, a ministry answering for its state's side", () => {
  it("answers the attack laid at a group said to work for its state, not a later one", () => {
    const ex = extract(
      wire(
        "Hackers broke into the payment system of Bolivia's Ministry of Finance in May 2026. " +
          "Bolivia's cyber agency said the intrusion was the work of Amber Tapir, a group it said works for Peru's army. " +
          "On Tuesday a separate attack took down the website of Bolivia's Ministry of Health for six hours. " +
          "Peru's Ministry of Foreign Affairs rejected the accusation.",
      ),
    );
    const accused = accusedOf(ex, "group:amber-tapir");
    expect(accused).toHaveLength(1);
    expect(deniedBy(ex, "agency:")).toEqual(accused);
    expect(deniedBy(ex, "state:")).toEqual(accused);
  });

  it("does not take the side's attack of an earlier year over the one under discussion", () => {
    const ex = extract(
      wire(
        "Hackers broke into the payment system of Bolivia's Ministry of Finance in May 2026. " +
          "In 2019 Bolivia blamed Amber Tapir, a group it said works for Peru's army, for a hack of its tax office. " +
          "The intrusion at the finance ministry exposed the salaries of 40,000 civil servants. " +
          "Peru's Ministry of Foreign Affairs rejected the accusation.",
      ),
    );
    const older = accusedOf(ex, "group:amber-tapir");
    expect(older).toHaveLength(1);
    const denied = deniedBy(ex, "agency:");
    expect(denied).toHaveLength(1);
    expect(older).not.toContain(denied[0]);
  });
});
