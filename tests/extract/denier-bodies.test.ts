/** The foreign ministry of a state that denies an attack: its own voice, not the victim's ministry. */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const foreignMinistry = (ex: ReturnType<typeof extract>) =>
  ex.entities.find((e) => e.type === "agency" && /Foreign Affairs/.test(e.label));

describe("a foreign ministry named right after a state's denial", () => {
  it("belongs to the state that denied, not to the state the attack hit", () => {
    const ex = extract(
      "PARIS — French investigators said Iranian hackers breached the email servers of the Ministry of Culture in April 2025. Tehran rejected the charge on Wednesday. Foreign ministry spokesman Reza Karimi said Iran condemns every kind of hacking.",
    );
    const ministry = foreignMinistry(ex);
    expect(ministry?.country).toBe("state:iran");
    expect(hasClaim(ex, "part-of", ministry?.key ?? "", "state:iran")).toBe(true);
    expect(hasClaim(ex, "part-of", ministry?.key ?? "", "state:france")).toBe(false);
  });

  it("gets the denier's state where the reading would give it none", () => {
    const ex = extract(
      "Auditors in Lima said Venezuelan hackers had breached the pension database of the social security fund in June 2025. Venezuela denied the accusation. The foreign ministry said the story was invented.",
    );
    expect(foreignMinistry(ex)?.country).toBe("state:venezuela");
  });

  it("is not the denier's when the denial lies further back", () => {
    const ex = extract(
      "Auditors in Lima said Venezuelan hackers had breached the pension database of the social security fund in June 2025. Venezuela has denied such charges before. Venezuela said talks with Lima on a trade deal were going on but getting nowhere. The foreign ministry said it was too early to name anyone.",
    );
    expect(foreignMinistry(ex)?.country).not.toBe("state:venezuela");
  });

  it("leaves any other body there with the victim", () => {
    const ex = extract(
      "Hackers locked the customs portal of Latvia in May 2025, and Latvia blamed Belarus. Minsk denied any part in it. The customs service said its clearance work had resumed by Friday.",
    );
    const customs = ex.entities.find((e) => e.type === "agency" && /Customs/i.test(e.label));
    expect(customs?.country).toBe("state:latvia");
  });
});
