/**
 * The accused side (document-state.ts `accusedSide`), read by the owner of an unqualified title,
 * the settling of guessed owners and the beneficiary of help with no one named: the accused and the
 * states behind them. Invented entities.
 */
import { describe, expect, it } from "vitest";
import { accusedSide } from "../../src/extract/document-state";
import type { ExtractedEntity } from "../../src/extract/types";
import { context } from "./helpers";

const noted = (...entities: ExtractedEntity[]) => new Map(entities.map((e) => [e.key, e]));
const entity = (key: string, type: ExtractedEntity["type"], country?: string): ExtractedEntity =>
  ({ key, label: key, type, aliases: [], mentions: [], ...(country ? { country } : {}) }) as ExtractedEntity;

describe("accusedSide", () => {
  const view = (entities: Map<string, ExtractedEntity>) => ({ lexicon: context.lexicon, entities });

  it("holds an accused state and nothing else", () => {
    const side = accusedSide(view(noted(entity("state:ruritania", "state"))), ["state:ruritania"]);
    expect([...side]).toEqual(["state:ruritania"]);
  });

  it("adds the known sponsor of an accused group (gazetteer note)", () => {
    expect([...accusedSide(view(noted()), ["group:apt29"])].sort()).toEqual(["group:apt29", "state:russia"]);
  });

  it("adds the state of an accused body, from the text or the gazetteer", () => {
    const side = accusedSide(view(noted(entity("agency:ruritania-dsk", "agency", "state:ruritania"))), [
      "agency:ruritania-dsk",
    ]);
    expect(side.has("state:ruritania")).toBe(true);
    expect(accusedSide(view(noted()), ["agency:bsi"]).has("state:germany")).toBe(true);
  });

  it("gives no state for a body whose owner is only a guess", () => {
    const body = entity("agency:tax-bureau-of-ruritania", "agency", "state:ruritania");
    const guessed = new Map([[body.key, { label: "Tax Bureau", ownerInKey: true }]]);
    const side = accusedSide(view(noted(body)), [body.key], guessed);
    expect([...side]).toEqual([body.key]);
  });
});
