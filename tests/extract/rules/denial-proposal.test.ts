/** A proposal or an invitation rejected is no denial; an accusation rejected still is (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const ACCUSATION = "Norway accused Belarus of the cyberattack on the Tromsø water utility in May.";

const deniers = (text: string) =>
  extract(text)
    .claims.filter((c) => c.type === "denied")
    .map((c) => c.source);

describe("'rejected it' after a proposal", () => {
  it("rejects the invitation the sentence named, not the accusation", () => {
    const who = deniers(
      `${ACCUSATION} Later Finland floated an invitation to joint Nordic drills, which Denmark accepted, but Belarus and Norway rejected it.`,
    );
    expect(who).not.toContain("state:belarus");
    expect(who).not.toContain("state:norway");
  });

  it("still reads 'rejected it' after a plan the accusation names as a denial", () => {
    const who = deniers(
      `${ACCUSATION} Police analysts say the operation traced a plan that Minsk's KGB had sketched, and Belarus rejected it.`,
    );
    expect(who).toContain("state:belarus");
  });

  it("still reads 'rejected it' after a draft text that blamed the state as a denial", () => {
    const who = deniers(
      "A draft text circulated at the OSCE blamed Iran for a cyberattack that crippled the Haifa desalination plant, but Tehran rejected it.",
    );
    expect(who).toContain("state:iran");
  });

  it("still reads 'rejected it' after the charge was called an idea as a denial", () => {
    const who = deniers(
      `${ACCUSATION} Minsk labelled the charge an idea hatched in NATO offices, and Belarus rejected it.`,
    );
    expect(who).toContain("state:belarus");
  });
});
