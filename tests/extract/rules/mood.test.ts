/**
 * The runner's assertion gate (rules/mood.ts): a trigger that is negated, asked about or doubted
 * makes no claim, whichever rule it belongs to; denials, which mean their negation, still count.
 * Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const opening = "OSLO, 3 March 2026 - Hackers broke into the servers of Norway's tax office on Monday.";
const read = (body: string) => extract(`${opening} ${body}`);
const blamedIran = (body: string) => hasClaim(read(body), "attributed-to", "incident:*", "state:iran");

describe("assertion gate", () => {
  it("asserted: an accusation, a certainty that says 'no doubt' or 'cannot doubt'", () => {
    expect(blamedIran("Norway accused Iran of the attack.")).toBe(true);
    expect(blamedIran("The minister said there was no doubt that Iran was behind the attack.")).toBe(true);
    expect(blamedIran("We cannot doubt that Iran was behind the attack, the minister said.")).toBe(true);
  });

  it("negated: 'did not accuse', 'never blamed' accuse no one", () => {
    expect(blamedIran("Norway did not accuse Iran of the attack.")).toBe(false);
    expect(blamedIran("Norway has never blamed Iran for the attack.")).toBe(false);
    expect(blamedIran("Norway doesn’t blame Iran for the attack, its minister said.")).toBe(false);
  });

  it("asked: a question claims nothing", () => {
    expect(blamedIran("Was Iran behind the attack?")).toBe(false);
    expect(
      hasClaim(
        read("Has Sweden offered Norway help with the attack?"),
        "offered-help",
        "state:sweden",
        "state:norway",
      ),
    ).toBe(false);
    expect(
      hasClaim(
        read("Sweden has offered Norway help with the attack."),
        "offered-help",
        "state:sweden",
        "state:norway",
      ),
    ).toBe(true);
  });

  it("doubted: 'analysts doubt that X was behind it' accuses no one", () => {
    expect(blamedIran("Analysts doubt that Iran was behind the attack.")).toBe(false);
  });

  it("a denial worded in the negative still denies; 'did not deny' denies nothing", () => {
    const denied = (body: string) => hasClaim(read(body), "denied", "state:iran", "incident:*");
    expect(denied("Tehran said Iran has never conducted cyberattacks against its neighbours.")).toBe(true);
    expect(denied("Iran denied any role in the attack.")).toBe(true);
    expect(denied("Iran did not deny any role in the attack.")).toBe(false);
  });
});
