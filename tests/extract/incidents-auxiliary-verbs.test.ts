/**
 * A bare attack word after an auxiliary and its subject is a verb ("Did Peru hack …?", "Will the
 * gang strike again"), not an attack noun whose name is the words before it; a date before the
 * noun ("the May 4 hack") is no auxiliary. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const article = (body: string) => `LIMA, 13 October 2026 (AP) - ${body}`;
const incidentLabels = (body: string) =>
  extract(article(body))
    .entities.filter((e) => e.type === "incident")
    .map((e) => e.label);

describe("an attack word after an auxiliary and its subject", () => {
  it("makes no incident named after the question's opening words", () => {
    expect(
      incidentLabels("Did Ecuador hack the Peruvian customs service in 2025? Nobody in Lima will say."),
    ).toEqual([]);
    expect(incidentLabels("Will Ecuador strike the Peruvian customs service next?")).toEqual([]);
  });

  it("still reads a dated attack noun: in 'the May 4 hack of X', May is the month", () => {
    const labels = incidentLabels(
      "The May 4 hack of Peru's customs agency froze cargo clearance for two days.",
    );
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/customs/i);
  });
});
