/**
 * Names no title announces, read as persons from the phrase before them: an apposition to a noun
 * of persons ("a Togolese man, A"), with ages between listed names, or the object of a charge's
 * verb. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const personLabels = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "person")
    .map((e) => e.label)
    .sort();

describe("persons introduced by a noun of persons or a charge's verb", () => {
  it("reads a name in apposition to an indefinite noun of persons", () => {
    expect(
      personLabels(
        "Customs officers stopped a Ghanaian fisherman and a Togolese man, Kossi Agbodjan-Mensah, at the border near Aflao.",
      ),
    ).toEqual(["Kossi Agbodjan-Mensah"]);
  });

  it("reads every name a counted noun of persons lists, ages between them", () => {
    expect(
      personLabels(
        "Investigators questioned three Bolivian citizens, Wilmer Quispetupa, 44, and Nayra Condoripa, 38, about the payments.",
      ),
    ).toEqual(["Nayra Condoripa", "Wilmer Quispetupa"]);
  });

  it("reads the names a charge's verb takes as its object", () => {
    expect(
      personLabels("A Lagos court indicted Chiduzie Okonkwo-Bello and Adaeze Nwafor-Ume last week."),
    ).toEqual(["Adaeze Nwafor-Ume", "Chiduzie Okonkwo-Bello"]);
  });

  it("reads no person after a noun that is not one of persons", () => {
    expect(
      personLabels("Regulators fined a Dutch logistics company, Blauwe Haven Vrachtdienst, over the outage."),
    ).toEqual([]);
  });

  it("reads no person from the object of blame or sanctions, nor after a noun as often a firm's", () => {
    for (const text of [
      "Warsaw accused Zarya Kombat of the sabotage of its signalling network in May.",
      "Brussels sanctioned Xanthe Orbis and two Iranian firms over the leaks.",
      "The utility hired a Dallas contractor, Redrock Sentinel, to rebuild its network.",
    ])
      expect(personLabels(text), text).toEqual([]);
  });
});
