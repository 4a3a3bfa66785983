import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/extract/clean";
import { splitSentences } from "../../src/extract/sentences";

describe("splitSentences", () => {
  it("splits on full stops but not after titles, initials or abbreviated months", () => {
    const text =
      "Gen. Tomas Berg met Sen. Ana Ruiz on Jan. 5 in Oslo. The U.S. embassy said nothing. John F. Kelly left.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Gen. Tomas Berg met Sen. Ana Ruiz on Jan. 5 in Oslo.",
      "The U.S. embassy said nothing.",
      "John F. Kelly left.",
    ]);
  });

  it("ends a sentence at a line break, marking lines without closing punctuation as headlines", () => {
    const text = "Finland warns of attacks\n\nFinland said its networks were probed.";
    const [headline, body] = splitSentences(text);
    expect(headline).toMatchObject({ text: "Finland warns of attacks", headline: true });
    expect(body).toMatchObject({ headline: false });
  });

  it("joins a line that goes on in lower case", () => {
    const text = "Estonia said the attacks\nwere coordinated from abroad.";
    expect(splitSentences(text)).toHaveLength(1);
  });

  it("keeps closing quotes with their sentence and gives offsets into the original", () => {
    const text = "  “We are ready,” he said. Then he left.";
    const sentences = splitSentences(text);
    expect(sentences[0]!.text).toBe("“We are ready,” he said.");
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("drops a wire dateline from the first sentence", () => {
    const text = "VILNIUS, June 27 (Reuters) - Lithuania said it was hit by a DDoS attack.";
    expect(splitSentences(text)[0]!.text).toBe("Lithuania said it was hit by a DDoS attack.");
  });

  it("joins hard-wrapped wire lines whatever the case of the next line, abbreviations included", () => {
    const text = [
      "The attack, which began on a Sunday, wiped hundreds of servers at the",
      "Treasury and halted payments to suppliers, officials said on Monday.",
      "The group was named in a joint advisory last year by the U.S.",
      "Cyber Command in 2022 as an arm of the intelligence ministry of the state.",
      "",
      "A short headline",
      "Body text follows here.",
    ].join("\n");
    const texts = splitSentences(text).map((s) => s.text.replace(/\s+/g, " "));
    expect(texts).toEqual([
      "The attack, which began on a Sunday, wiped hundreds of servers at the Treasury and halted payments to suppliers, officials said on Monday.",
      "The group was named in a joint advisory last year by the U.S. Cyber Command in 2022 as an arm of the intelligence ministry of the state.",
      "A short headline",
      "Body text follows here.",
    ]);
  });

  it("goes on past a closing quotation, a colon or a cut word into a lower-case line, not into a new paragraph", () => {
    const text = [
      "The regulator said it was \u201cfairly certain\u201d",
      "that the intruders had worked for a neighbouring state.",
      "The watchdog's audit named two victims:",
      "a grain exchange and a ferry oper-",
      "ator in the north.",
      'Officials called the breach "deliberate"',
      "",
      "though no one has been charged.",
      'Port hit by "spies"',
      "Harbour staff returned to paper logs.",
      "Three things were taken:",
      "- payroll files",
      "- shipping manifests",
    ].join("\n");
    const texts = splitSentences(text).map((s) => s.text.replace(/\s+/g, " "));
    expect(texts).toEqual([
      "The regulator said it was \u201cfairly certain\u201d that the intruders had worked for a neighbouring state.",
      "The watchdog's audit named two victims: a grain exchange and a ferry oper- ator in the north.",
      'Officials called the breach "deliberate"',
      "though no one has been charged.",
      'Port hit by "spies"',
      "Harbour staff returned to paper logs.",
      "Three things were taken:",
      "- payroll files",
      "- shipping manifests",
    ]);
  });

  it("still ends the sentence at a furniture line cleaned away before a lower-case line", () => {
    const text = [
      'Investigators said the tools were "of foreign origin"',
      "Share this article",
      "their report is due next month.",
    ].join("\n");
    const cleaned = cleanText(text).text;
    expect(splitSentences(cleaned, text).map((s) => s.text)).toEqual([
      'Investigators said the tools were "of foreign origin"',
      "their report is due next month.",
    ]);
  });
});
