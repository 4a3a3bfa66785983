/** Bodies and companies the gazetteer lacks, found by how news copy names them (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const entity = (text: string, label: string) => extract(text).entities.find((e) => e.label === label);

describe("bodies named with a bracketed short form", () => {
  it("makes a public body's name an agency of the state named inside it, found again by its short form", () => {
    const ex = extract(
      "Hackers crippled the servers of the All India Institute of Medical Sciences (AIIMS) in New Delhi. AIIMS said patient data was safe.",
    );
    const body = ex.entities.find((e) => e.label === "All India Institute of Medical Sciences");
    expect(body).toMatchObject({ type: "agency", country: "state:india" });
    expect(body!.mentions).toHaveLength(2);
    expect(hasClaim(ex, "part-of", body!.key, "state:india")).toBe(true);
  });

  it("accepts a short form made of the name's initials in another order, and keeps a name after 'of' in it", () => {
    const body = entity(
      "The intrusion at the Southern Power Distribution Company of Telangana Limited (TGSPDCL) was detected on Monday.",
      "Southern Power Distribution Company of Telangana Limited",
    );
    expect(body?.type).toBe("organization");
  });

  it("ignores a bracket that is no short form of the name before it", () => {
    const ex = extract("Officials from the Harbour Authority (see below) met on Monday.");
    expect(ex.entities.some((e) => e.label === "Harbour Authority" && e.aliases.includes("see"))).toBe(false);
  });
});

describe("companies and bodies by their name's form", () => {
  it("makes a name with a company suffix an organization ('the Khuzestan Steel Company')", () => {
    expect(
      entity(
        "The group said it had set off a fire at the\nKhuzestan Steel Company, one of the region's biggest steel makers.",
        "Khuzestan Steel Company",
      )?.type,
    ).toBe("organization");
  });

  it("reads 'the Russian Embassy in Washington' as Russia's embassy, not a company named 'Russian Embassy'", () => {
    const ex = extract("The Russian Embassy in Washington called the charges baseless.");
    expect(ex.entities.some((e) => e.type === "organization")).toBe(false);
    expect(ex.entities.find((e) => /Embassy/.test(e.label))).toMatchObject({
      type: "agency",
      country: "state:russia",
    });
  });

  it("reads 'the Office of the President' and 'the National Treasury' as bodies", () => {
    const ex = extract(
      "Kenya said hackers tried to break into the Office of the President and the National Treasury on Monday.",
    );
    const labels = ex.entities.filter((e) => e.type === "agency").map((e) => e.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Office of the President/),
        expect.stringMatching(/^National Treasury/),
      ]),
    );
  });
});
