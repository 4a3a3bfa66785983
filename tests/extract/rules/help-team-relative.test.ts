/**
 * A restrictive relative after a team noun ("Danish engineers who helped ..."): the team's owner helps,
 * not the subject of the sentence the relative clause sits in (a speaker, their office, or a participle's subject).
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `VILNIUS, 9 May 2025 (AP) - ${body}`;
const hit = "A ransomware attack shut down the Lithuanian Railways ticketing systems last week. ";

describe("deliver rule, a team noun's restrictive relative", () => {
  it("makes the team's state help, not the speaker a participle thanks through", () => {
    const ex = extract(
      wire(
        `Latvia blamed Lithuania for a wiper attack on its customs service last week. "Those who accuse us are lying," said Jonas Petraitis, a deputy director of the Centre, thanking Danish technicians who "helped restore the servers within a day."`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:denmark", "state:latvia")).toBe(true);
    expect(hasClaim(ex, "assisted", "person:jonas-petraitis", "state:latvia")).toBe(false);
  });

  it("keeps a comma relative reading the antecedent, and a team with no owner names no helper", () => {
    const ex = extract(
      wire(
        `${hit}Officials said the analysts who helped the railway were tired. Estonia, which has helped Vilnius before, sent two engineers.`,
      ),
    );
    expect(ex.claims.some((c) => c.type === "assisted" && c.source === "state:estonia")).toBe(true);
    expect(ex.claims.some((c) => c.type === "assisted" && c.source.startsWith("person:"))).toBe(false);
  });
});
