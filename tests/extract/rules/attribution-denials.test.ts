/**
 * Denials by the accused side: an embassy or ministry that speaks for the accused state, and the
 * incident its denial answers. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "../helpers";

const wire = (body: string) => `QUITO, 3 March 2025 (Reuters) - ${body}`;
const deniers = (ex: ReturnType<typeof extract>) =>
  ex.claims.filter((c) => c.type === "denied").map((c) => `${c.source} -> ${c.target}`);

describe("denial rule, who speaks for the denying state", () => {
  it("makes the embassy that says its state opposes hacking a denier too", () => {
    const ex = extract(
      wire(
        'Ecuador accused Peru of a cyberattack on its customs service. The Peruvian embassy in Quito said in a statement that Peru "firmly rejects" all hacking.',
      ),
    );
    const attack = incidents(ex)[0]!.key;
    const denied = deniers(ex);
    expect(denied).toContain(`state:peru -> ${attack}`);
    expect(denied.some((d) => d.startsWith("agency:") && d.endsWith(attack))).toBe(true);
  });

  it("lets a ministry of external affairs speak for its state", () => {
    const ex = extract(
      wire(
        "Ecuador blamed Peru for a cyberattack on its customs service. Peru's Ministry of External Affairs has rejected the accusation.",
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
    const first = ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:peru")!.source;
    const denied = ex.claims.filter((c) => c.type === "denied" && c.source.startsWith("agency:"));
    expect(denied.map((c) => c.target)).toEqual([first]);
  });

  it("does not read an incident into 'rejected the accusation, describing it as a ploy meant to sour ties'", () => {
    const ex = extract(
      wire(
        "Ecuador accused Peru of a cyberattack on its customs service on 2 March. " +
          "The Peruvian embassy in Quito rejected the accusation on Tuesday night, describing it as a ploy meant to sour ties between Lima and Quito.",
      ),
    );
    const first = ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:peru")!.source;
    for (const c of ex.claims.filter((c) => c.type === "denied")) expect(c.target).toBe(first);
  });
});

describe("disavowal rule, quoted", () => {
  it("reads 'does not carry out and never carried out\" hacking' as a denial of the attack under discussion", () => {
    const ex = extract(
      wire(
        'Ecuador accused Peru of a cyberattack on its customs service. A note from Lima said Peru "does not carry out and never carried out" hacking of its neighbours.',
      ),
    );
    const first = ex.claims.find((c) => c.type === "attributed-to" && c.target === "state:peru")!.source;
    expect(deniers(ex)).toContain(`state:peru -> ${first}`);
  });
});
