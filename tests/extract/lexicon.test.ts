/** The trigger words are lemmas, inflected once: adding one is adding a way to say a claim. */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../src/extract";
import { alternation, DEFAULT_LEMMAS, inflectLemmas } from "../../src/extract/lexicon";
import { attackedTargets, testGazetteer } from "./helpers";

const text =
  "MANAGUA, 2 May 2025 (Reuters) - The cyberattack on Nicaragua's electoral council took its website offline. Nicaragua fingered Honduras for the attack.";

describe("lexicon of trigger words", () => {
  it("inflects each lemma: tenses, participles, -ing forms and plurals", () => {
    const words = inflectLemmas(DEFAULT_LEMMAS);
    expect(words.verbs.deny.forms).toEqual(expect.arrayContaining(["deny", "denies", "denied", "denying"]));
    expect(words.verbs.request.forms).toEqual(expect.arrayContaining(["seek", "sought", "seeking"]));
    expect(words.verbs.perpetrate.forms).toEqual(expect.arrayContaining(["carried out", "carrying out"]));
    expect(new RegExp(`^(?:${words.verbs.sponsor.participle})$`).test("written")).toBe(true);
    expect(words.nouns.accusation.forms).toContain("allegations");
  });

  it("writes a list's shared beginnings once, and matches its forms and nothing else", () => {
    // Each thread compiles every pattern built from these lists: a stem written once is far
    // less for the regular-expression compiler than one alternative per form.
    const words = inflectLemmas(DEFAULT_LEMMAS);
    const { any, forms } = words.verbs.perpetrate;
    // "orchestrate", "orchestrates", "orchestrated", "orchestrating": one stem, not four forms.
    expect(any.length).toBeLessThan(0.8 * alternation(forms).length);
    const whole = new RegExp(`^(?:${any})$`);
    for (const form of forms) expect(whole.test(form)).toBe(true);
    expect(whole.test("orchestrat")).toBe(false);
    expect(whole.test("carrying")).toBe(false);
  });

  it("gives a regular past to verbs the tagger leaves unchanged, and keeps truly unchanged ones", () => {
    const words = inflectLemmas(DEFAULT_LEMMAS);
    const isOneOf = (alternation: string, form: string) => new RegExp(`^(?:${alternation})$`).test(form);
    expect(isOneOf(words.verbs.steal.participle, "siphoned")).toBe(true);
    expect(isOneOf(words.verbs.steal.participle, "siphoned off")).toBe(true);
    expect(isOneOf(words.verbs.speech.past, "tweeted")).toBe(true);
    expect(isOneOf(words.verbs.attack.participle, "hit")).toBe(true);
  });

  it("sees a new claim once a lemma is added to a list, and none before", () => {
    const before = extractDocument({ id: "a.txt", text }, createExtractionContext(testGazetteer));
    expect(before.claims.some((c) => c.type === "attributed-to")).toBe(false);
    const context = createExtractionContext(testGazetteer, { lemmas: { verbs: { blame: ["finger"] } } });
    const after = extractDocument({ id: "a.txt", text }, context);
    expect(after.claims.some((c) => c.type === "attributed-to" && c.target === "state:honduras")).toBe(true);
  });

  it("finds a new attack verb in every pattern built from the list once it is added", () => {
    const body =
      "MANAGUA, 2 May 2025 (Reuters) - Hackers ransacked Nicaragua's electoral council on Friday, officials said.";
    const before = extractDocument({ id: "b.txt", text: body }, createExtractionContext(testGazetteer));
    expect(before.claims.some((c) => c.type === "attacked")).toBe(false);
    const context = createExtractionContext(testGazetteer, { lemmas: { verbs: { attack: ["ransack"] } } });
    const after = extractDocument({ id: "b.txt", text: body }, context);
    expect(attackedTargets(after)).toEqual(["agency:nicaragua-electoral-council (state:nicaragua)"]);
  });

  it("reads an owner's possessive as the target once what follows it is a lemma of the possessed targets", () => {
    const body =
      "MANAGUA, 2 May 2025 (Reuters) - Hackers crippled Nicaragua's grain silos on Friday, officials said.";
    const hitNicaragua = (context: ReturnType<typeof createExtractionContext>) =>
      extractDocument({ id: "d.txt", text: body }, context).claims.some(
        (c) => c.type === "attacked" && c.target === "state:nicaragua",
      );
    expect(hitNicaragua(createExtractionContext(testGazetteer))).toBe(false);
    expect(
      hitNicaragua(
        createExtractionContext(testGazetteer, { lemmas: { nouns: { possessedTarget: ["silo"] } } }),
      ),
    ).toBe(true);
  });

  it("sees help delivered once what was handed over is a lemma of the deliverable nouns", () => {
    const body =
      "MANAGUA, 2 May 2025 (Reuters) - A ransomware attack crippled Nicaragua's electoral council. Honduras sent two diesel generators to Nicaragua on Friday.";
    const helped = (context: ReturnType<typeof createExtractionContext>) =>
      extractDocument({ id: "c.txt", text: body }, context).claims.some(
        (c) => c.type === "assisted" && c.source === "state:honduras" && c.target === "state:nicaragua",
      );
    expect(helped(createExtractionContext(testGazetteer))).toBe(false);
    const context = createExtractionContext(testGazetteer, {
      lemmas: { nouns: { deliverable: ["generator"] } },
    });
    expect(helped(context)).toBe(true);
  });

  it("finds an incident named by a new attack noun once it is a lemma of the incident nouns", () => {
    const body =
      "MAPUTO, 4 June 2025 - A digital raid on Mozambique's port authority halted cargo clearance for two days. Officials blamed Tanzania for the raid.";
    const attacked = (context: ReturnType<typeof createExtractionContext>) =>
      extractDocument({ id: "d.txt", text: body }, context).claims.some((c) => c.type === "attacked");
    expect(attacked(createExtractionContext(testGazetteer))).toBe(false);
    expect(
      attacked(createExtractionContext(testGazetteer, { lemmas: { nouns: { incident: ["raid"] } } })),
    ).toBe(true);
  });

  it("keeps judgements, dismissals and negations as word lists too", () => {
    const words = inflectLemmas(DEFAULT_LEMMAS);
    expect(words.verdict.split("|")).toContain("unacceptable");
    expect(words.dismissal.split("|")).toContain("baseless");
    expect(words.negation.split("|")).toContain("never");
  });
});
