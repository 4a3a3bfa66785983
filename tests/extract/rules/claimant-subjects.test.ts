/** Who speaks an attribution when the speaker is a list after an opening phrase, a pronoun, a partner or a second relative clause; invented copy. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "../helpers";

const claimantsOf = (text: string) =>
  claimsOf(extract(text), "attributed-to").flatMap((c) => c.claimants.map((k) => k.replace(/^\w+:/, "")));

describe("claimants listed after an opening phrase with no comma", () => {
  it("hears every state of 'In their shared bulletin A, B and C said'", () => {
    const claimants = claimantsOf(
      "In their shared bulletin Canada, Japan and New Zealand said the hacking group Amber Wren answers to Iran.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["canada", "japan", "new-zealand"]));
  });

  it("hears both states of 'On Monday A and B said'", () => {
    const claimants = claimantsOf(
      "On Monday Canada and Japan said the hacking group Amber Wren answers to Iran.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["canada", "japan"]));
  });

  it("does not hear the states an opening phrase names as its own objects", () => {
    const claimants = claimantsOf(
      "After talks with Canada and Japan, New Zealand said the hacking group Amber Wren answers to Iran.",
    );
    expect(claimants).toContain("new-zealand");
    expect(claimants).not.toContain("canada");
    expect(claimants).not.toContain("japan");
  });
});

describe("claimants of 'It said' after a sentence about a body", () => {
  it("hears 'It says' as the body the sentence before made its subject", () => {
    const claimants = claimantsOf(
      "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. Germany's BSI put out a brief note on Friday. It says the wiping was carried out by the hacking group Amber Wren.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["bsi", "germany"]));
  });

  it("hears 'It added that' as the body that spoke the sentence before", () => {
    const claimants = claimantsOf(
      "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. Germany's BSI claimed on Friday that the damage was grave. It added that the hacking group Amber Wren was behind the wiping.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["bsi", "germany"]));
  });

  it("hears 'It also blamed' and 'It named' as the body the sentence before opened with 'The'", () => {
    const blamed = claimantsOf(
      "The German BSI said the hacking group Amber Wren wiped the ledgers of the Lakeside Ferry Fund in June. It also blamed Amber Wren for the 2024 break-in at the Dortmund tax office.",
    );
    expect(blamed.filter((k) => k === "bsi")).toHaveLength(2);
    const ex = extract(
      "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. The Federal Office for Information Security went further on Friday. It named the group, Amber Wren, which it says takes its orders from Iran.",
    );
    const sponsor = claimsOf(ex, "attributed-to").find((c) => c.source === "group:amber-wren");
    expect(sponsor?.target).toBe("state:iran");
    expect(sponsor?.claimants).toEqual(expect.arrayContaining(["agency:bsi", "state:germany"]));
  });

  it("hears the body for 'It accused X ... and said', beside a name taken after 'said'", () => {
    const claimants = claimantsOf(
      'Hackers wiped the ledgers of the Lakeside Ferry Fund in June. The Federal Office for Information Security went further on Friday. It accused the hacking group Amber Wren of the wiping and said Moscow "bears full responsibility".',
    );
    expect(claimants).toEqual(expect.arrayContaining(["bsi", "germany"]));
  });

  it("does not hear 'It was blamed on' as the body before: the pronoun is what was blamed", () => {
    const claimants = claimantsOf(
      "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. The German BSI put out a brief note on Friday. It was blamed on the hacking group Amber Wren.",
    );
    expect(claimants).not.toContain("bsi");
  });

  it("hears no one in 'It said' after a sentence about a person, or two sentences after the body", () => {
    expect(
      claimantsOf(
        "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. Interior Minister Rosa Díaz of Chile spoke on Friday. It said the wiping was carried out by the hacking group Amber Wren.",
      ),
    ).not.toContain("rosa-diaz");
    expect(
      claimantsOf(
        "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. Germany's BSI put out a brief note on Friday. The ferries ran late all week. It says the wiping was carried out by the hacking group Amber Wren.",
      ),
    ).not.toContain("bsi");
  });

  it("does not read 'They said' as the body before: they are as often the attackers", () => {
    const claimants = claimantsOf(
      "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. Germany's BSI put out a brief note on Friday. They said the wiping was carried out by the hacking group Amber Wren.",
    );
    expect(claimants).not.toContain("bsi");
  });
});

describe("claimants of a speaker's partner ('X, working with Y, said')", () => {
  it("hears the body heading 'A review by X, in partnership with Y, has concluded that' with Y", () => {
    const claimants = claimantsOf(
      "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. A review by Germany's BSI, in partnership with the Federal Criminal Police Office, has concluded that the hacking group Amber Wren was behind the wiping.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["bsi", "federal-criminal-police-office", "germany"]));
  });

  it("hears both of 'X, together with Y, said'", () => {
    const claimants = claimantsOf(
      "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. Germany's BSI, together with the Federal Criminal Police Office, said the wiping was carried out by the hacking group Amber Wren.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["bsi", "federal-criminal-police-office"]));
  });

  it("does not hear a body joined to the speaker by a plain comma of a list it is not in", () => {
    const claimants = claimantsOf(
      "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. After meeting Germany's BSI, the Federal Criminal Police Office said the wiping was carried out by the hacking group Amber Wren.",
    );
    expect(claimants.some((k) => k.endsWith("federal-criminal-police-office"))).toBe(true);
    expect(claimants).not.toContain("bsi");
  });
});

describe("claimants of a relative clause after another one", () => {
  it("does not give what 'which it said' reports to the reporter of the relative clause before it", () => {
    const claimants = claimsOf(
      extract(
        "Hackers wiped the ledgers of the Lakeside Ferry Fund in June. Germany's BSI said the wiping was carried out by a crew known as Amber Wren, which Microsoft tracks as Storm-4410 and which it said is run by Russia's GRU.",
      ),
      "attributed-to",
    )
      .filter((c) => c.source === "group:amber-wren")
      .flatMap((c) => c.claimants);
    expect(claimants).toEqual(expect.arrayContaining(["agency:bsi"]));
    expect(claimants).not.toContain("organization:microsoft");
  });
});
