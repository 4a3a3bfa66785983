/**
 * The owner of a body the text names with no owner, settled once the whole article is read
 * (invented sentences): the state the reading had last spoken of is a guess that later sentences
 * may show to be the accused.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract } from "./helpers";

const bodyNamed = (text: string, label: RegExp) =>
  extract(text).entities.find((e) => e.type === "agency" && label.test(e.label));

const ownersOf = (text: string, label: RegExp) => {
  const body = extract(text).entities.find((e) => e.type === "agency" && label.test(e.label));
  // The owner the body was given (its part-of claim is dropped when it takes part in no other claim).
  return body?.country ? [body.country] : [];
};

describe("a body named with no owner before the article names the accused", () => {
  it("goes to the state the article is about, not to the state accused later", () => {
    const text =
      "Minsk has denied any part in the affair. The electoral commission said its voter portal was wiped on Tuesday. Malawi's government blamed Belarus for the attack on its voter register, and Malawi expelled two diplomats.";
    expect(ownersOf(text, /^Electoral Commission/)).toEqual(["state:malawi"]);
    expect(bodyNamed(text, /^Electoral Commission/)?.label).toBe("Electoral Commission of Malawi");
  });

  it("moves a body introduced with its short form", () => {
    const text =
      "Belarus rejected the charge on Monday. The Revenue Collection Bureau (RCB) confirmed that its tax servers had been encrypted. Lilongwe says Belarus was behind the attack on Malawi's tax system, and Malawi has recalled its ambassador. The RCB has restored most services.";
    expect(ownersOf(text, /^Revenue Collection Bureau/)).toEqual(["state:malawi"]);
  });

  it("moves the attacked body to the victim's state, claiming no attack on either state", () => {
    const out = extract(
      "Minsk has denied any part in the affair. On Tuesday hackers wiped the servers of the electoral commission. Malawi's government blamed Belarus for the attack, and Malawi's tax office was hit too.",
    );
    expect(attackedTargets(out)).toEqual([
      "agency:malawi-electoral-commission (state:malawi)",
      "agency:malawi-tax-office (state:malawi)",
    ]);
  });

  it("has no owner when only the accused state is named", () => {
    const text =
      "Belarus denied it on Friday. The prosecutor's office said hackers working for Belarus had stolen the case files.";
    expect(ownersOf(text, /prosecutor/i)).toEqual([]);
  });
});

describe("a body whose guessed owner stands", () => {
  it("keeps the state the reading gave it when that state is accused of nothing", () => {
    const text =
      "Malawi expelled two diplomats on Friday. The electoral commission said its voter portal was wiped on Tuesday by hackers working for Belarus.";
    expect(ownersOf(text, /^Electoral Commission/)).toEqual(["state:malawi"]);
  });

  it("keeps an accused state that the article also says was hit", () => {
    const text =
      "Malawi accused Belarus of wiping its voter register in May. Belarus says its own railways were hit in June. The transport ministry said trains stopped for a day.";
    expect(ownersOf(text, /^Ministry of Transport/)).toEqual(["state:belarus"]);
  });
});

describe("a body whose guessed owner was accused, with no victim named", () => {
  it("gets no owner rather than the state named most among the rest", () => {
    const text =
      "Minsk has denied any part in the affair. The electoral commission said its voter portal was wiped on Tuesday. Zambia later blamed Belarus for the intrusion, and Malawi called for calm.";
    expect(ownersOf(text, /^Electoral Commission/)).toEqual([]);
  });

  it("drops the attack on the guessed state along with the owner", () => {
    const out = extract(
      "Minsk has denied any part in the affair. On Tuesday hackers wiped the servers of the electoral commission. Zambia later blamed Belarus for the intrusion.",
    );
    const attacked = out.claims.filter((c) => c.type === "attacked").map((c) => c.target);
    expect(attacked).toEqual(["agency:electoral-commission"]);
  });

  it("reads a group's listed sponsor as accused: the body is not given to it", () => {
    const text =
      "Moscow has denied any part in the affair. The electoral commission said its voter portal was wiped on Tuesday. Zambia blamed APT29 for the attack on its voter register.";
    expect(ownersOf(text, /^Electoral Commission/)).toEqual(["state:zambia"]);
  });
});

describe("where the article itself settles the owner", () => {
  it("gives the body to the dateline's state", () => {
    const text =
      "WINDHOEK, 3 May (Wire) - Minsk has denied any part. The electoral commission said its portal was wiped. Zambia blamed Belarus for the intrusion.";
    expect(ownersOf(text, /^Electoral Commission/)).toEqual(["state:namibia"]);
  });

  it("makes one body of a guessed mention and a later one with its owner written", () => {
    const out = extract(
      "Minsk has denied any part in the affair. The electoral commission said its voter portal was wiped on Tuesday. Zambia blamed Belarus for the attack on Zambia's electoral commission.",
    );
    const bodies = out.entities.filter((e) => e.type === "agency" && /Electoral Commission/.test(e.label));
    expect(bodies.map((e) => e.key)).toEqual(["agency:zambia-electoral-commission"]);
    expect(bodies[0]?.mentions).toHaveLength(2);
  });
});

describe("a state that only denies", () => {
  it("is on the accused side: a body named after the denial is not given to it", () => {
    const text =
      "Hackers wiped the ticket portal of the rail regulator on Monday. Minsk denied any role in the attack. The Transport Ministry said trains ran late.";
    expect(ownersOf(text, /Ministry of Transport/)).toEqual([]);
  });
});

describe("a guessed owner from an unrelated later sentence", () => {
  it("does not make the state a victim nor give it the attacked body", () => {
    const text =
      "Minsk rejected the accusation. The electoral commission said hackers had wiped its voter roll, and investigators blamed Belarus. Kenya's president opened a trade fair on Friday. Later that month hackers broke into the finance ministry.";
    expect(ownersOf(text, /Electoral Commission/)).not.toContain("state:kenya");
    const out = extract(text);
    const wiped = out.claims.find((c) => c.type === "attacked" && /electoral-commission/.test(c.target));
    expect(wiped).toBeDefined();
    expect(
      out.claims.some(
        (c) => c.type === "attacked" && c.source === wiped?.source && c.target === "state:kenya",
      ),
    ).toBe(false);
  });
});

describe("an official whose state only the article's topic gave", () => {
  const opening =
    "Belarus held military drills near its western border on Monday. Belarus also expelled a trade envoy. Power went out across the south on Wednesday night. On Thursday Energy Minister Tamara Phiri said the grid would be back within days.";
  const officesOf = (text: string) =>
    extract(text)
      .claims.filter((c) => c.type === "affiliated-with" && c.source === "person:tamara-phiri")
      .map((c) => c.target);

  it("serves the state hit, not the topic state the article later accuses", () => {
    expect(
      officesOf(`${opening} Malawi's government later blamed Belarus for the attack on Malawi's power grid.`),
    ).toEqual(["state:malawi"]);
  });

  it("serves no state when the accused one is the only one named", () => {
    expect(
      officesOf(`${opening} Investigators later blamed Belarus for the attack on the grid operator.`),
    ).toEqual([]);
  });

  it("keeps the topic state for an official who rejects the accusations", () => {
    const rejecting = opening.replace(
      "said the grid would be back within days",
      "said the charges against Belarus were groundless",
    );
    expect(
      officesOf(
        `${rejecting} Malawi's government later blamed Belarus for the attack on Malawi's power grid.`,
      ),
    ).toEqual(["state:belarus"]);
  });

  it("keeps the topic state for an official who denies any part in it", () => {
    const denying = opening.replace(
      "said the grid would be back within days",
      "flatly denied that her government had a hand in the outage",
    );
    expect(
      officesOf(`${denying} Malawi's government later blamed Belarus for the attack on Malawi's power grid.`),
    ).toEqual(["state:belarus"]);
  });

  it("keeps the topic state when the article accuses no one", () => {
    expect(officesOf(`${opening} Officials have not said who was behind the outage.`)).toEqual([
      "state:belarus",
    ]);
  });
});

describe("an owner the text never wrote, inferred once the article is read", () => {
  const partOf = (text: string, label: RegExp) => {
    const ex = extract(text);
    const body = ex.entities.find((e) => e.type === "agency" && label.test(e.label));
    return {
      country: body?.country,
      claims: ex.claims.filter((c) => c.type === "part-of" && c.source === body?.key),
    };
  };

  it("gives a body moved off the accused side its new state but claims no part-of", () => {
    const { country, claims } = partOf(
      "Minsk has denied any part in the affair. The electoral commission said its voter portal was wiped on Thursday. Malawi's government blamed Belarus for the attack on its voter register, and Malawi recalled its envoy.",
      /^Electoral Commission/,
    );
    expect(country).toBe("state:malawi");
    expect(claims).toEqual([]);
  });

  it("gives an unowned body that reports an attack the state hit as who it speaks for, with no part-of claim", () => {
    const ex = extract(
      "Hackers froze the customs portal of Malawi on Friday. Belarus denied any role. The National Cyber Watch Directorate said Belarus was behind the attack.",
    );
    const body = ex.entities.find((e) => /Cyber Watch Directorate/.test(e.label))!;
    expect(body.country).toBe("state:malawi");
    const blame = ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:belarus");
    expect(blame?.claimants).toContain("state:malawi");
    expect(ex.claims.some((c) => c.type === "part-of" && c.source === body.key)).toBe(false);
  });

  it("keeps a state only the dateline names among whom the body speaks for", () => {
    const ex = extract(
      "RIGA, 4 June 2026 (Wire) - Moscow rejected the claims. The Coastal Records Office said hackers linked to Russia had wiped its archive on Friday.",
    );
    const blame = ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:russia");
    expect(blame?.claimants).toContain("state:latvia");
    expect(ex.claims.filter((c) => c.type === "part-of")).toEqual([]);
  });
});
