/**
 * Where a person's name starts after a title (people.ts): a portfolio of several words ends at the
 * first given name ("Minister of State for Coastal Fisheries A B"), and a rank's head word
 * ("Superintendent", "Officer") is never part of the name. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { entitiesOfType } from "./helpers";

const persons = (text: string) => entitiesOfType(text, "person").map((e) => e.label);

describe("a name after a long portfolio", () => {
  it("starts at the first given name", () => {
    expect(
      persons("The outage was serious, Minister of State for Coastal Fisheries Jane Mbeki said."),
    ).toEqual(["Jane Mbeki"]);
    expect(
      persons(
        "The clinics stayed open, Minister of State for Primary Health Care Ruth Adeyemi told reporters.",
      ),
    ).toEqual(["Ruth Adeyemi"]);
  });

  it("keeps a three-word name, whether its first word is a known given name or not", () => {
    expect(persons("Minister of Justice Ana Maria Vell said the attack was serious.")).toEqual([
      "Ana Maria Vell",
    ]);
    expect(persons("The outage was serious, Minister of Finance Kwabena Adu Boateng said.")).toEqual([
      "Kwabena Adu Boateng",
    ]);
  });
});

describe("a rank before a name", () => {
  it("may still be a surname inside the name", () => {
    expect(persons("Detective Sergeant Ruth Constable said the files were recovered.")).toEqual([
      "Ruth Constable",
    ]);
  });

  it("is no part of the name", () => {
    expect(persons("Chief Superintendent Ada Moss said officers had begun an inquiry.")).toEqual([
      "Ada Moss",
    ]);
    expect(persons("The inquiry is led by Detective Superintendent Hal Greaves of the city police.")).toEqual(
      ["Hal Greaves"],
    );
  });
});
