/**
 * Victims written the way wires describe them: a company given its owner's description before or
 * after its name ("the Ruritanian state railway X", "X, Y City's tram operator"), the head of state's
 * office in lower case ("the presidency"), a federal parliament. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `VILNIUS, 14 May 2025 (AP) - ${body}`;
const attacked = (ex: ReturnType<typeof extract>, key: string) =>
  incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, key));

describe("companies named with their owner's description", () => {
  it("takes the company, not the state owning it, as the victim of a passive or a hit verb", () => {
    for (const [sentence, key] of [
      ["Estonia's ferry operator Tallimar was crippled by ransomware on Sunday.", "organization:tallimar"],
      ["Saboteurs hacked Moldova's state gas utility MGZ during the night, police said.", "organization:mgz"],
      [
        "Intruders got into the network of the Latvian state railway Dzelzceli in April.",
        "organization:dzelzceli",
      ],
    ] as const) {
      const ex = extract(wire(sentence));
      expect(ex.entities.find((e) => e.key === key)?.type, sentence).toBe("organization");
      expect(attacked(ex, key), sentence).toBe(true);
      expect(
        ex.claims.some((c) => c.type === "part-of" && c.source === key),
        sentence,
      ).toBe(false);
    }
  });

  it("reads a name with a possessor's description after it", () => {
    const ex = extract(
      wire("Trambus, Kaunas's tram operator, said its ticket sales froze after a cyberattack on Friday."),
    );
    expect(ex.entities.find((e) => e.key === "organization:trambus")?.type).toBe("organization");
  });

  it("makes no company of a date or a person's name after a description", () => {
    for (const sentence of [
      "Lithuania's grid operator Monday said the outage was not caused by hackers.",
      "Lithuania's grid operator Jonas Petraitis Kazlauskas Senior said the outage was not caused by hackers.",
    ]) {
      const ex = extract(wire(sentence));
      expect(
        ex.entities.filter((e) => /^organization:(?:monday|jonas)/.test(e.key)),
        sentence,
      ).toEqual([]);
    }
  });
});

describe("the head of state's office written in lower case", () => {
  it("is an agency of the state the article is about", () => {
    const ex = extract(
      wire(
        "Lithuania reported a wave of DDoS attacks on Tuesday. The attackers knocked the websites of the presidency and the central bank offline for hours, Lithuanian officials said.",
      ),
    );
    const body = ex.entities.find((e) => e.key === "agency:lithuania-presidency");
    expect(body?.label).toBe("Presidency of Lithuania");
    expect(attacked(ex, "agency:lithuania-presidency")).toBe(true);
  });

  it("is no body when it means a term in office or a bloc's chair", () => {
    for (const sentence of [
      "Lithuania was hit by hackers during his presidency, the former leader wrote.",
      "Under the presidency of the late reformer, Lithuania built its cyber command.",
      "Lithuania held the rotating presidency when the hackers struck its ministries.",
    ]) {
      const ex = extract(wire(sentence));
      expect(
        ex.entities.some((e) => /presidency/.test(e.key)),
        sentence,
      ).toBe(false);
    }
  });
});

describe("a federal parliament in lower case", () => {
  it("is the parliament of its state", () => {
    const ex = extract(
      wire(
        "Hackers attacked Austria's federal parliament on Monday, and the parliament's website stayed offline, Austrian officials said.",
      ),
    );
    expect(ex.entities.find((e) => e.key === "agency:austria-parliament")?.label).toBe(
      "Parliament of Austria",
    );
    expect(attacked(ex, "agency:austria-parliament")).toBe(true);
  });
});

describe("a state's fund as a victim", () => {
  it("is an agency of its state, written in capitals or in lower case", () => {
    for (const [sentence, key] of [
      [
        "The Lithuanian Sickness Insurance Fund (LSIF) was hit by ransomware on Saturday.",
        "agency:lithuania-sickness-insurance-fund",
      ],
      [
        "Hackers crippled Lithuania's veterans pension fund on Saturday, Lithuanian officials said.",
        "agency:lithuania-veterans-pension-fund",
      ],
    ] as const) {
      const ex = extract(wire(sentence));
      expect(ex.entities.find((e) => e.key === key)?.type, sentence).toBe("agency");
      expect(attacked(ex, key), sentence).toBe(true);
      expect(hasClaim(ex, "part-of", key, "state:lithuania"), sentence).toBe(true);
    }
  });
});
