/**
 * Deliver rule, help told by what it restored ("helped rebuild the mill's payroll servers"): the
 * owner of the restored systems is the one helped; and help given to a state's engineers
 * ("aided the Peruvian engineers") goes to that state.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

describe("deliver rule, the owner of what the help restored", () => {
  it("helps the body whose systems a helper helped restore, named by its head noun or by name", () => {
    const port = extract(
      "Hackers wiped the berth servers of the Port of Kivu on Monday. On Thursday Rwanda helped rebuild the port's customs database.",
    );
    expect(hasClaim(port, "assisted", "state:rwanda", "organization:port-of-kivu")).toBe(true);
    const utility = extract(
      "Hackers wiped the billing servers of Kivu Water Company on Monday. Germany's BSI helped rebuild Kivu Water Company's billing system.",
    );
    expect(hasClaim(utility, "assisted", "agency:bsi", "organization:kivu-water-company")).toBe(true);
  });

  it("helps no one whose systems a helper restored without a verb of help", () => {
    const ex = extract(
      "Hackers wiped the berth servers of the Port of Kivu on Monday. Rwanda said it would rebuild the port's customs database.",
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });
});

describe("deliver rule, a state's engineers helped", () => {
  it("helps the state whose engineers a helper assisted, not the body that tells of it", () => {
    const ex = extract(
      "Hackers wiped the billing servers of Kivu Water Company on Monday. For three days Rwandan experts assisted Congolese engineers, the Kivu Emergency Board said in a statement.",
    );
    const assisted = ex.claims.filter((c) => c.type === "assisted").map((c) => `${c.source} > ${c.target}`);
    expect(assisted).toEqual(["state:rwanda > state:dr-congo"]);
  });
});
