/**
 * A run of capitalised words ending in a place's word ("Marlow City", "Tarn Province") or an
 * association's ("Kestrel Banking Association") names a place or a body, never a person, even where
 * a title's words stand before it; its affiliations were false claims with an end gold never holds.
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const persons = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "person")
    .map((e) => e.label);

describe("a name run ending in a place's or an association's word", () => {
  it("is no person after a title's words", () => {
    expect(
      persons(
        "Incident handlers at the national response centre in Marlow City traced the implant on Friday.",
      ),
    ).toEqual([]);
    expect(persons("Duty officers of the coastal guard in Tarn Province restored the radar feed.")).toEqual(
      [],
    );
  });

  it("leaves the person named beside the association", () => {
    const text = "The spokesman of the Kestrel Banking Association, Ivo Marek, said no savings were touched.";
    expect(persons(text)).toEqual(["Ivo Marek"]);
    expect(extract(text).claims.some((c) => c.source === "person:kestrel-banking-association")).toBe(false);
  });

  it("keeps a person whose name ends otherwise", () => {
    expect(persons("Deputy Minister Ilse Kessler said the radar feed was restored.")).toEqual([
      "Ilse Kessler",
    ]);
  });
});
