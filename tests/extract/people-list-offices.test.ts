/**
 * One office for every person of a list: a plural office after the last name is held by the names
 * read as persons only through it, a plural title heading the list is held by every name after it
 * (commas or "and" between), an office word inside a body's name ("General" in "Reconnaissance
 * General Bureau") is no title, a list going on after a name is no apposition of it, and a relative clause ends the apposition that states the office.
 * Every sentence is invented for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../src/extract";
import { bundledContext } from "./helpers";

let context: ExtractionContext;
beforeAll(async () => {
  context = await bundledContext();
});
/** The persons affiliated with `body` in `text`, sorted. */
const affiliated = (text: string, body: string) =>
  extractDocument({ id: "doc.txt", text }, context)
    .claims.filter((c) => c.type === "affiliated-with" && c.target === body)
    .map((c) => c.source)
    .sort();

describe("an office shared by the persons of a list", () => {
  it("gives a plural office after the last name to a name read as a person only through it", () => {
    expect(
      affiliated(
        "The conference programme lists Jo Myong-hak and Han Sol-ju, whom it calls analysts at the Foreign Intelligence Service.",
        "agency:foreign-intelligence-service",
      ),
    ).toEqual(["person:han-sol-ju", "person:jo-myong-hak"]);
  });

  it("gives a plural title heading a list to every name after it, commas or 'and' between", () => {
    expect(
      affiliated(
        "The panel opened with four researchers of the SVR, Lev Antonov, Gleb Marchenko and Yuri Bessonov among them, at noon.",
        "agency:svr",
      ),
    ).toEqual(["person:gleb-marchenko", "person:lev-antonov", "person:yuri-bessonov"]);
  });

  it("reads past an office word inside the body's name ('Reconnaissance General Bureau')", () => {
    expect(
      affiliated(
        "Tokyo froze the assets of four officers at the Reconnaissance General Bureau, Lev Antonov and Gleb Marchenko among them.",
        "agency:rgb",
      ),
    ).toEqual(["person:gleb-marchenko", "person:lev-antonov"]);
  });

  it("ends the apposition at its relative clause, a quotation inside it", () => {
    expect(
      affiliated(
        'The lecture was given by Jo Myong-hak and Han Sol-ju, analysts at the Foreign Intelligence Service whose "cipher desk" they ran, in Minsk.',
        "agency:foreign-intelligence-service",
      ),
    ).toEqual(["person:han-sol-ju", "person:jo-myong-hak"]);
  });

  it("shares no singular office, and gives no office to a name merely near a body", () => {
    expect(
      affiliated(
        "The hearing heard Lev Antonov, Gleb Marchenko and a spokeswoman of the SVR, Yuri Bessonov, on Friday.",
        "agency:svr",
      ),
    ).toEqual(["person:yuri-bessonov"]);
    expect(
      affiliated("Lev Antonov and Gleb Marchenko met officers of the SVR in a Vienna hotel.", "agency:svr"),
    ).toEqual([]);
  });

  it("ends a title's list where an 'and' closed it, and reads no office a negation denies", () => {
    expect(
      affiliated(
        "The jury saw two officers of the SVR, Lev Antonov and Gleb Marchenko, and Pavel Orlov, Ivan Sokolov and Oleg Titov, who rented the vans.",
        "agency:svr",
      ),
    ).toEqual(["person:gleb-marchenko", "person:lev-antonov"]);
    expect(
      affiliated(
        "Riga deported Lev Antonov and Gleb Marchenko, not agents of the SVR but paid drivers, the court said.",
        "agency:svr",
      ),
    ).toEqual([]);
  });

  it("lets no plural title of an earlier sentence head a later list", () => {
    expect(
      affiliated(
        "Warsaw expelled Lev Antonov and Gleb Marchenko, officers of the SVR. In March a court in Gdansk acquitted Gleb Marchenko and Yuri Bessonov.",
        "agency:svr",
      ),
    ).toEqual(["person:gleb-marchenko", "person:lev-antonov"]);
  });
});
