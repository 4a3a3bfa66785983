/** The affiliation and part-of readings and the state and body names they read, with invented sentences. */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `TALLINN, 4 April 2025 (AFP) - ${body}`;

describe("demonyms news write beside the reference list's", () => {
  it("reads 'Ecuadorian officials' and 'the Philippine coast guard' as their states", () => {
    const ex = extract(wire("Ecuadorian officials said the Philippine coast guard was hacked."));
    expect(ex.entities.map((e) => e.key)).toEqual(
      expect.arrayContaining(["state:ecuador", "agency:philippines-coast-guard"]),
    );
  });
});

// The wordings below replace the name-swapped dev-corpus sentences the held-out tests used to hold.
const uy = (body: string) => `MONTEVIDEO, 20 September 2021 (AFP) - ${body}`;

describe("affiliation rule", () => {
  it("affiliates 'Company's finance director, Name' with the company", () => {
    const ex = extract(
      uy(
        "A wiper attack struck the grain producer Agro Oriental on Friday. Agro Oriental's finance director, Lucia Ferrer, said backups were intact.",
      ),
    );
    const firm = ex.entities.find((e) => e.label === "Agro Oriental")!.key;
    expect(hasClaim(ex, "affiliated-with", "person:lucia-ferrer", firm)).toBe(true);
  });

  it("gives an unqualified minister the state whose capital the dateline names, not the state discussed", () => {
    const ex = extract(
      "LISBON, 20 September 2021 (AFP) - Interior Minister Rui Matos said the attack on Uruguay was reckless.",
    );
    expect(hasClaim(ex, "affiliated-with", "person:rui-matos", "state:portugal")).toBe(true);
    expect(hasClaim(ex, "affiliated-with", "person:rui-matos", "state:uruguay")).toBe(false);
  });

  it("does not give an official the state just said to have been hit", () => {
    const ex = extract(
      uy(
        "Uruguay accused Paraguay of hacking Uruguay's senate on Friday. Argentina's central bank was hit as well. Security Minister Pablo Vidal called the attack serious.",
      ),
    );
    expect(hasClaim(ex, "affiliated-with", "person:pablo-vidal", "state:argentina")).toBe(false);
  });

  it("reads a titled person whose surname is a state's name as a person ('Judge Marta Chad')", () => {
    const ex = extract(
      "WASHINGTON, 20 September 2021 (AP) - A ransomware attack hit the Treasury on Friday. Deputy Secretary Marta Chad said Iran was behind it.",
    );
    expect(ex.entities.some((e) => e.key === "person:marta-chad")).toBe(true);
    expect(hasClaim(ex, "attributed-to", "incident:*", "state:chad")).toBe(false);
  });

  it("does not make a body's name ending in an office word a person", () => {
    const ex = extract(uy("The Office of the National Chief Digital Officer said its network was breached."));
    expect(ex.entities.filter((e) => e.type === "person")).toEqual([]);
  });
});

describe("part-of", () => {
  it("homes a body named by an agency's possessive in that agency's state, not the victim's", () => {
    const ex = extract(
      uy(
        "Hackers breached Uruguay's senate on Friday. Uruguay blamed the BSI's Directorate for Special Tasks.",
      ),
    );
    const body = ex.entities.find((e) => e.label.startsWith("Directorate for Special Tasks"));
    expect(body?.country).toBe("state:germany");
  });

  it("gives a council the text puts under an alliance or a union no part-of claim", () => {
    for (const owner of ["NATO", "The European Union"]) {
      const ex = extract(
        uy(
          `Hackers breached Uruguay's senate on Friday. ${owner}'s Standing Cyber Council said the breach was serious.`,
        ),
      );
      expect(ex.claims.filter((c) => c.type === "part-of" && !c.target.startsWith("state:"))).toEqual([]);
      expect(hasClaim(ex, "part-of", "agency:uruguay-senate", "state:uruguay")).toBe(true);
    }
  });

  it("gives a state's news outlet no part-of claim ('the Paraguayan News Agency said')", () => {
    const ex = extract(
      uy(
        "Hackers breached Uruguay's senate on Friday. The Paraguayan News Agency said Paraguay had nothing to do with it.",
      ),
    );
    const outlet = ex.entities.find((e) => e.label.includes("News Agency"));
    expect(outlet).toBeDefined();
    expect(ex.claims.filter((c) => c.type === "part-of" && c.source === outlet?.key)).toEqual([]);
    expect(hasClaim(ex, "part-of", "agency:uruguay-senate", "state:uruguay")).toBe(true);
  });
});

describe("known bodies with a description before them", () => {
  it("does not make 'Germany's information security office BSI' a second agency", () => {
    const ex = extract(uy("Germany's information security office BSI sent two analysts to help Uruguay."));
    expect(ex.entities.filter((e) => e.type === "agency").map((e) => e.key)).toEqual(["agency:bsi"]);
  });
});

describe("bodies named after their state ('the Central Bank of X')", () => {
  it("homes 'the central bank of Ghana' in Ghana whatever state the article named first", () => {
    const ex = extract(
      uy("Uruguay said hackers had tried to break into the Central Bank of Ghana on Friday."),
    );
    const bank = ex.entities.find((e) => e.label.startsWith("Central Bank"));
    expect(bank?.country).toBe("state:ghana");
    expect(hasClaim(ex, "part-of", bank!.key, "state:ghana")).toBe(true);
  });
});
