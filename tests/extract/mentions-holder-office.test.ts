/** A body named after its office holder: "the Varna City Prosecutor's Office" (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const labels = (text: string) => extract(text).entities.map((e) => e.label);

describe("an office holder's title and its office, one name", () => {
  it("keeps 'Prosecutor's Office' whole and gives the spokesman to it", () => {
    const ex = extract(
      "Mira Kostova, a spokeswoman for the Ruse City Prosecutor's Office, declined to comment.",
    );
    const names = ex.entities.map((e) => e.label);
    expect(names).toContain("Ruse City Prosecutor's Office");
    expect(names).not.toContain("Office");
    expect(
      hasClaim(ex, "affiliated-with", "person:mira-kostova", "agency:ruse-city-prosecutors-office"),
    ).toBe(true);
  });

  it("keeps a state's owner beside it and leaves a body's own possessive alone", () => {
    const owned = extract("Romania's Chief Prosecutor's Office opened a file on the break-in yesterday.");
    expect(owned.entities.find((e) => e.label.startsWith("Chief Prosecutor's Office"))?.country).toBe(
      "state:romania",
    );
    // A body's possessive ("Department's") is no holder's: the office after it is a body of its own.
    expect(
      labels("Lawyers said the Justice Department's Office of Legal Policy reviewed the file."),
    ).not.toContain("Justice Department's Office of Legal Policy");
  });
});
