/**
 * Help rules resolving who acts or is helped from a description: a government asking for help is the
 * state hit, a body's head noun capitalised alone ("the Tribunal") names the body the article spoke
 * of, and a state thanked with its own body helps the thanker's state.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `SUVA, 3 March 2025 (AP) - ${body}`;
const tribunal = "agency:fiji-electoral-tribunal";
const offline = "Ransomware has kept the Fiji Electoral Tribunal offline since May. ";

describe("request rule, 'the government' asking for help", () => {
  it("makes the state hit appeal, not a state the article named last", () => {
    const ex = extract(
      wire(
        "Intruders wiped the servers of Fiji's revenue agency on Monday, and Japan has pledged to send experts. Two days later the government appealed to Wellington for technical support.",
      ),
    );
    expect(hasClaim(ex, "requested-help", "state:fiji", "state:new-zealand")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:japan", "state:new-zealand")).toBe(false);
  });

  it("keeps a government that asks for something that is not help", () => {
    const ex = extract(
      wire(
        "Intruders wiped the servers of Fiji's revenue agency on Monday. Later the government pressed Wellington to explain its visa rules.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "requested-help")).toBe(false);
  });
});

describe("offer rule, the one helped named by a head noun", () => {
  it("reads 'stands ready to assist the Tribunal' as the tribunal named before, not its state", () => {
    const ex = extract(
      wire(`${offline}Tokyo stands ready to assist the Tribunal, a Japanese diplomat said.`),
    );
    expect(hasClaim(ex, "offered-help", "state:japan", tribunal)).toBe(true);
    expect(hasClaim(ex, "offered-help", "state:japan", "state:fiji")).toBe(false);
  });

  it("reads a lower-case head noun ('pledged to help the registry') as the body named before", () => {
    const ex = extract(
      wire(
        "Malware froze Fiji's land registry office in May. Canada's cyber centre pledged to help the registry.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "offered-help" && c.target.includes("registry"))).toBe(true);
    expect(ex.claims.some((c) => c.type === "offered-help" && c.target === "state:fiji")).toBe(false);
  });

  it("does not read a capitalised name going on ('the Tribunal of Arbitration') as the body named before", () => {
    const ex = extract(
      wire(`${offline}Tokyo stands ready to assist the Tribunal of Arbitration in its work.`),
    );
    expect(hasClaim(ex, "offered-help", "state:japan", tribunal)).toBe(false);
  });
});

describe("thanks rule, a described thanker and a state thanked with its body", () => {
  it("reads ', the Tribunal thanked X' as the tribunal named before, helped by X", () => {
    const ex = extract(
      wire(`${offline}In a note on Friday, the Tribunal thanked the BSI for the analysts it lent.`),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", tribunal)).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:fiji")).toBe(false);
  });

  it("makes a state thanked with its own body help the thanker's state, the body help the body", () => {
    const ex = extract(
      wire(
        `${offline}In a note on Friday, the Tribunal thanked Germany and the BSI for the analysts they lent.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", tribunal)).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", "state:fiji")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", tribunal)).toBe(false);
  });

  it("does not make a thanks for something that is not help into help", () => {
    const ex = extract(
      wire(`${offline}In a note on Friday, the Tribunal thanked Germany for its kind words.`),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });
});
