/**
 * Help rules resolving who acts or is helped from a description: a government asking for help is the
 * state hit, a body's head noun capitalised alone ("the Commission", "The Authority") names the body
 * the article spoke of, and a state thanked with its own body helps the thanker's state.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `SUVA, 3 March 2025 (AP) - ${body}`;

describe("request rule, 'the government' asking for help", () => {
  it("makes the state hit ask, not a state the article named last", () => {
    const ex = extract(
      wire(
        "Intruders wiped the servers of Fiji's revenue agency on Monday, and Japan has pledged to send experts. The government asked Canberra for help on Tuesday.",
      ),
    );
    expect(hasClaim(ex, "requested-help", "state:fiji", "state:australia")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:japan", "state:australia")).toBe(false);
  });

  it("keeps a government that asks for something that is not help", () => {
    const ex = extract(
      wire(
        "Intruders wiped the servers of Fiji's revenue agency on Monday. The government asked Canberra to explain its visa rules.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "requested-help")).toBe(false);
  });
});

describe("offer rule, the one helped named by a head noun", () => {
  it("reads 'offered to help the Commission' and 'offered to help the land registry' as the body named before", () => {
    const capital = extract(
      wire(
        "Intruders broke into Fiji's Electoral Commission in May. Canada has offered to help the Commission check its rolls.",
      ),
    );
    expect(hasClaim(capital, "offered-help", "state:canada", "agency:fiji-electoral-commission")).toBe(true);
    expect(hasClaim(capital, "offered-help", "state:canada", "state:fiji")).toBe(false);
    const lower = extract(
      wire(
        "Intruders broke into Fiji's land registry office in May. Canada's cyber centre has offered to help the land registry.",
      ),
    );
    expect(lower.claims.some((c) => c.type === "offered-help" && c.target.includes("registry"))).toBe(true);
    expect(lower.claims.some((c) => c.type === "offered-help" && c.target === "state:fiji")).toBe(false);
  });

  it("does not read a capitalised name going on ('the Commission on Trade') as the body", () => {
    const ex = extract(
      wire(
        "Intruders broke into Fiji's Electoral Commission in May. Canada has offered to help the Commission on Trade with a loan.",
      ),
    );
    expect(hasClaim(ex, "offered-help", "state:canada", "agency:fiji-electoral-commission")).toBe(false);
  });
});

describe("thanks rule, a described thanker and a state thanked with its body", () => {
  it("reads 'The Authority also thanked X' as the authority named before, helped by X", () => {
    const ex = extract(
      wire(
        "Hackers broke into the Fiji Communications Authority in May. The Authority also thanked Samoa's computer emergency response team, SamCERT, for sharing indicators.",
      ),
    );
    const thanker = ex.entities.find((e) => /Communications Authority/.test(e.label))?.key ?? "";
    const team = ex.entities.find((e) => e.label === "SamCERT")?.key ?? "";
    expect(hasClaim(ex, "assisted", team, thanker)).toBe(true);
    expect(hasClaim(ex, "assisted", team, "state:fiji")).toBe(false);
    expect(hasClaim(ex, "assisted", "state:samoa", thanker)).toBe(false);
  });

  it("makes a state thanked with its own body help the thanker's state, the body help the body", () => {
    const ex = extract(
      wire(
        "Hackers broke into the Fiji Communications Authority in May. The Authority also thanked Germany and the BSI for sharing indicators.",
      ),
    );
    const thanker = ex.entities.find((e) => /Communications Authority/.test(e.label))?.key ?? "";
    expect(hasClaim(ex, "assisted", "agency:bsi", thanker)).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", "state:fiji")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", thanker)).toBe(false);
  });

  it("does not make a thanks for something that is not help into help", () => {
    const ex = extract(
      wire(
        "Hackers broke into the Fiji Communications Authority in May. The Authority also thanked Samoa for its kind words at the summit.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });
});
