/**
 * Data theft is an attack on whom the data is taken from: "hackers stole records from X", "a
 * group leaked emails from X", "files stolen from X", "records were exfiltrated from X". Every
 * sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `LIMA, 9 October 2024 (AFP) - ${body}`;
/** The incidents that hit one body, with their dates. */
const hitting = (ex: ReturnType<typeof extract>, body: string) =>
  incidents(ex)
    .filter((i) => hasClaim(ex, "attacked", i.key, body))
    .map((i) => i.date);

describe("data theft as an attack", () => {
  it("reads hackers who stole data from a body as an attack on it, dated by its clause", () => {
    const ex = extract(
      wire("Peru said on Wednesday that hackers stole passport records from its foreign ministry in August."),
    );
    expect(hitting(ex, "agency:peru-ministry-of-foreign-affairs")).toEqual(["2024-08"]);
  });

  it("reads a named group that leaked or exfiltrated files from a body as its attacker", () => {
    const ex = extract(
      wire(
        "A new group emerged this summer. In May 2023 the hacktivist group Velvet Heron leaked thousands of internal emails from Bolivia's foreign ministry, researchers said.",
      ),
    );
    const [incident] = incidents(ex).filter((i) =>
      hasClaim(ex, "attacked", i.key, "agency:bolivia-ministry-of-foreign-affairs"),
    );
    expect(incident?.date).toBe("2023-05");
    expect(hasClaim(ex, "attributed-to", incident!.key, "group:velvet-heron")).toBe(true);
  });

  it("takes the clause's body for the victim when the data was taken 'from its' systems", () => {
    const ex = extract(
      wire("Peru's tax office said hackers stole taxpayer records from its servers in August."),
    );
    expect(hitting(ex, "agency:peru-tax-office")).toEqual(["2024-08"]);
  });

  it("takes the body after 'from' in a passive or a reduced relative clause for the victim", () => {
    const passive = extract(
      wire("Investigators said about 40,000 emails were stolen from Ecuador's foreign ministry in July."),
    );
    expect(hitting(passive, "agency:ecuador-ministry-of-foreign-affairs")).toEqual(["2024-07"]);
    const reduced = extract(
      wire(
        "Documents exfiltrated from Chile's finance ministry in 2022 turned up on a leak site, the newspaper reported.",
      ),
    );
    expect(hitting(reduced, "agency:chile-ministry-of-finance")).toEqual(["2022"]);
  });

  it("makes no incident of a leak that names no hacker and no body it was taken from", () => {
    expect(
      incidents(
        extract(wire("Reporters obtained details leaked from the inquiry, a senator said on Tuesday.")),
      ),
    ).toEqual([]);
    expect(
      incidents(
        extract(wire("The ministry copied the report to its embassies and leaked a summary to reporters.")),
      ),
    ).toEqual([]);
  });

  it("makes no incident of records copied or downloaded from a body: copying and downloading are no theft", () => {
    expect(
      incidents(
        extract(
          wire(
            "Records copied from Chile's finance ministry were shared with auditors, the newspaper reported.",
          ),
        ),
      ),
    ).toEqual([]);
    expect(
      incidents(
        extract(
          wire("Files downloaded from Peru's tax office were cited in the ruling, the judge said on Monday."),
        ),
      ),
    ).toEqual([]);
  });
});
