/**
 * Denials by the accused side: an embassy or ministry that speaks for the accused state, and the
 * incident its denial answers. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, incidents } from "../helpers";

const wire = (body: string) => `QUITO, 3 March 2025 (Reuters) - ${body}`;
const deniers = (ex: ReturnType<typeof extract>) =>
  ex.claims.filter((c) => c.type === "denied").map((c) => `${c.source} -> ${c.target}`);
const accusedOfFirst = (ex: ReturnType<typeof extract>) =>
  ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:peru")!.source;

describe("denial rule, who speaks for the denying state", () => {
  it("makes the embassy that reports its state's quoted denial a denier too", () => {
    const ex = extract(
      wire(
        'Ecuador accused Peru of a cyberattack on its customs service. Peru "opposes" hacking in all its forms, the Peruvian embassy in Quito told reporters.',
      ),
    );
    const attack = incidents(ex)[0]!.key;
    const denied = deniers(ex);
    expect(denied).toContain(`state:peru -> ${attack}`);
    expect(denied.some((d) => d.startsWith("agency:") && d.endsWith(attack))).toBe(true);
  });

  it("lets a spokesman of a ministry of external affairs deny for its state", () => {
    const ex = extract(
      wire(
        "Ecuador blamed Peru for a cyberattack on its customs service. On Thursday a spokesman for Peru's Ministry of External Affairs dismissed the charge.",
      ),
    );
    expect(deniers(ex)).toContain(`state:peru -> ${incidents(ex)[0]!.key}`);
  });
});

describe("denial rule, which incident an embassy's denial answers", () => {
  it("answers what the embassy's state was accused of, not a later attack the story recalls", () => {
    const ex = extract(
      wire(
        "Ecuador accused Peru of a cyberattack on its customs service in February 2025. " +
          "In 2019 hackers knocked the website of Chile's tax office offline. " +
          'The Peruvian embassy in Quito called the charges "unfounded".',
      ),
    );
    const denied = ex.claims.filter((c) => c.type === "denied" && c.source.startsWith("agency:"));
    expect(denied.map((c) => c.target)).toEqual([accusedOfFirst(ex)]);
  });

  it("reads no incident into an accusation denied alone, whatever the rest of the clause says", () => {
    const ex = extract(
      wire(
        "Ecuador accused Peru of a cyberattack on its customs service on 2 March. " +
          "Without naming anyone, Peru's envoy to Quito dismissed the allegations as a smear spread by those who want Lima and Quito at odds.",
      ),
    );
    const first = accusedOfFirst(ex);
    for (const c of ex.claims.filter((c) => c.type === "denied")) expect(c.target).toBe(first);
  });
});

describe("disavowal rule", () => {
  it("reads a quoted 'has not engaged in' hacking as a denial of the attack under discussion", () => {
    const ex = extract(
      wire(
        'Ecuador accused Peru of a cyberattack on its customs service. Lima replied that Peru "has not engaged in" hacking of any kind.',
      ),
    );
    expect(deniers(ex)).toContain(`state:peru -> ${accusedOfFirst(ex)}`);
  });

  const twoAttacks =
    "Ecuador accused Peru of a cyberattack on its customs service in February 2025. " +
    "Hackers defaced the website of Chile's tax office in 2019. ";

  it("denies the incident a definite object names", () => {
    const ex = extract(
      wire(
        twoAttacks +
          "Peru never carried out the 2019 intrusion at Chile's tax office, a Peruvian diplomat told reporters.",
      ),
    );
    const chilean = incidents(ex).find((i) => /2019/.test(i.key))!.key;
    const denied = ex.claims
      .filter((c) => c.type === "denied" && c.source === "state:peru")
      .map((c) => c.target);
    expect(denied).toEqual([chilean]);
  });

  it("reads an indefinite object as a habit: the denial answers what the state was accused of", () => {
    const ex = extract(
      wire(
        twoAttacks +
          "Peru never carried out hacking operations against Chile's tax office, a Peruvian diplomat told reporters.",
      ),
    );
    const denied = ex.claims
      .filter((c) => c.type === "denied" && c.source === "state:peru")
      .map((c) => c.target);
    expect(denied).toEqual([accusedOfFirst(ex)]);
  });
});

describe("denial rule, habits and other accusations", () => {
  const unaccused =
    "Hackers wiped the servers of Ecuador's water utility last week, and the utility did not say who it suspects. ";

  it("reads a denial of 'similar' claims as the denier's habit, no answer to this attack", () => {
    const ex = extract(
      wire(unaccused + "As for Peru, its diplomats rejected all similar claims made over the years."),
    );
    expect(deniers(ex)).toEqual([]);
  });

  it("reads 'routinely rejects' with an indefinite object as a habit when nobody accused the denier", () => {
    const ex = extract(wire(unaccused + "Peru routinely rejects any involvement in hacking."));
    expect(deniers(ex)).toEqual([]);
  });

  it("keeps a denial when the habit adverb sits in the denier's relative clause, not its verb group", () => {
    const accused =
      "Hackers wiped the servers of Ecuador's water utility last week, and Ecuador blamed Peru for the attack. ";
    const past = extract(
      wire(accused + "Peru, which was accused of similar attacks in the past, denied any involvement."),
    );
    const attack = incidents(past)[0]!.key;
    expect(deniers(past)).toEqual([`state:peru -> ${attack}`]);
    const regular = extract(
      wire(
        accused +
          "Peru's foreign ministry, which regularly comments on such matters, denied any role in the attack.",
      ),
    );
    expect(deniers(regular)).toContain(`state:peru -> ${incidents(regular)[0]!.key}`);
  });

  it("answers the newer attack laid at a group's door, not an older attack the story recalled last", () => {
    const ex = extract(
      wire(
        "Ecuador's cyber agency has blamed a crew known as Condor Moth for stealing files from its customs service in February 2025. " +
          "Back in 2019 hackers knocked Chile's tax office website offline. " +
          "On Tuesday Peru dismissed the findings.",
      ),
    );
    const customs = ex.claims.find(
      (c) => c.type === "attributed-to" && c.target === "group:condor-moth",
    )!.source;
    const denied = ex.claims
      .filter((c) => c.type === "denied" && c.source === "state:peru")
      .map((c) => c.target);
    expect(denied).toEqual([customs]);
  });
});

describe("denial rule, an accusation named in a quotation", () => {
  it("reads 'rejected what it called' a quoted accusation as a denial by the mission and its state", () => {
    const ex = extract(
      wire(
        'Ecuador accused Peru of a cyberattack on its customs service. The Peruvian embassy in Quito rejected what it called "a string of hostile claims".',
      ),
    );
    const denied = deniers(ex);
    expect(denied).toContain(`state:peru -> ${accusedOfFirst(ex)}`);
    expect(denied.some((d) => d.startsWith("agency:"))).toBe(true);
  });

  it("reads nothing into 'what it called' a quotation that names no accusation", () => {
    const ex = extract(
      wire(
        'Ecuador accused Peru of a cyberattack on its customs service. The Peruvian embassy in Quito rejected what it called "a new tariff on bananas".',
      ),
    );
    expect(deniers(ex)).toEqual([]);
  });

  it("reads a quotation that links the denier to an incident as the accusation, and asserts no link", () => {
    const ex = extract(
      wire(
        'A cyberattack froze the customs service of Ecuador on Monday. The Peruvian embassy in Quito dismissed what it called "smears" tying Peru to the attack on the customs service.',
      ),
    );
    const attack = incidents(ex)[0]!.key;
    expect(deniers(ex)).toContain(`state:peru -> ${attack}`);
    expect(claimsOf(ex, "attributed-to")).toEqual([]);
  });
});

describe("denial rule, a state named by its formal short name", () => {
  it("reads 'the Islamic Republic' as Iran, the denier", () => {
    const ex = extract(
      wire(
        "Bahrain accused Iran of a cyberattack on its port authority. The Islamic Republic flatly rejected the accusation on Tuesday.",
      ),
    );
    expect(deniers(ex)).toContain(`state:iran -> ${incidents(ex)[0]!.key}`);
  });

  it("takes no denial from a negated or refused denial verb", () => {
    const ex = extract(
      "Intruders locked the Danish port authority's files in June 2024. Denmark blamed Iceland. Reykjavik has not rejected the charges, and its envoy declined to deny them.",
    );
    expect(ex.claims.some((c) => c.type === "denied")).toBe(false);
  });

  it("takes no denial when the quotation is another party's label", () => {
    const ex = extract(
      'Intruders locked the Danish port authority\'s files in June 2024. Denmark blamed Iceland, and Copenhagen dismissed what Reykjavik called "Nordic smears" against it.',
    );
    expect(ex.claims.some((c) => c.type === "denied" && c.source === "state:denmark")).toBe(false);
  });
});

describe("an accusation judged as the subject of its clause", () => {
  it("reads no attribution and no condemnation from 'Tying X to the breach is ...' or 'Blaming X for it ... would be ...'", () => {
    const ex = extract(
      wire(
        'Hackers broke into the payroll servers of Ecuador\'s customs service on 1 March 2025. "Tying Peru to this theft is reckless," a Peruvian envoy answered. An aide added: "Blaming Peru for the theft without any proof would be absurd."',
      ),
    );
    expect(ex.claims.filter((c) => c.type === "attributed-to")).toEqual([]);
    expect(ex.claims.filter((c) => c.type === "condemned")).toEqual([]);
    // The same verb in a clause that makes the accusation still attributes.
    const made = extract(
      wire(
        "Hackers broke into the payroll servers of Ecuador's customs service on 1 March 2025. Quito blamed Peru for the theft.",
      ),
    );
    expect(made.claims.some((c) => c.type === "attributed-to" && c.target === "state:peru")).toBe(true);
    // A gerund subject judged by no verdict or dismissal still accuses.
    const first = extract(
      wire(
        "Hackers broke into the payroll servers of Ecuador's customs service on 1 March 2025. Accusing Peru of the theft was the first step Quito took.",
      ),
    );
    expect(first.claims.some((c) => c.type === "attributed-to" && c.target === "state:peru")).toBe(true);
  });
});

describe("denial rule, what a denial may reject or call the charge", () => {
  const accused = (tail: string) =>
    extract(wire(`Ecuador accused Peru of a cyberattack on its customs service on 2 March. ${tail}`));
  const deniedBy = (ex: ReturnType<typeof extract>, key: string) =>
    ex.claims.some((c) => c.type === "denied" && c.source === key && c.target === incidents(ex)[0]!.key);

  it("takes an indictment as the accusation rejected, not any case", () => {
    expect(deniedBy(accused("The Peruvian government rejected the indictment outright."), "state:peru")).toBe(
      true,
    );
    expect(deniedBy(accused("Peru rejected the case for new tariffs on Quito."), "state:peru")).toBe(false);
  });

  it("takes a fabrication, with a word before it, as a dismissal", () => {
    expect(
      deniedBy(accused('Peru called the accusation "a clumsy fabrication" on Tuesday.'), "state:peru"),
    ).toBe(true);
  });
});
