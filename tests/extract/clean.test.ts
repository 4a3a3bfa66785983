import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, isProse } from "../../src/extract/clean";
import { bundledContext } from "./helpers";

const page = [
  "Home > World",
  "",
  "Chile hit by ransomware attack on state agencies",
  "",
  "The attack took down websites of the interior ministry CREDIT: JUAN PEREZ/AP",
  "",
  "SANTIAGO, March 3 (Reuters) - Chile said on Tuesday a ransomware attack had crippled several ministries.",
  "",
  "Also read: Peru warns of phishing wave",
  "",
  "Officials said the government was working with private experts to restore the systems.",
  "",
  "Follow us on Twitter",
  "",
  "MOST VIEWED",
  "- Argentina beats Brazil in friendly",
  "",
  "3 Comments",
  "Great article, thanks!",
].join("\n");

describe("cleanText", () => {
  const cleaned = cleanText(page);

  it("keeps the text the same length so offsets still point into the original", () => {
    expect(cleaned.text.length).toBe(page.length);
    const kept = "Chile said on Tuesday a ransomware attack had crippled several ministries.";
    const at = page.indexOf(kept);
    expect(cleaned.text.slice(at, at + kept.length)).toBe(kept);
  });

  it("blanks breadcrumbs, captions with credits and 'also read' links", () => {
    expect(cleaned.text).not.toContain("Home > World");
    expect(cleaned.text).not.toContain("CREDIT");
    expect(cleaned.text).not.toContain("Peru warns");
  });

  it("drops everything after the article ends: follow prompts, most viewed lists, comments", () => {
    expect(cleaned.text).not.toContain("Argentina");
    expect(cleaned.text).not.toContain("Great article");
    expect(cleaned.bodyEnd).toBe(page.indexOf("Follow us"));
    expect(cleaned.text).toContain("restore the systems.");
  });

  it("leaves a plain article untouched", () => {
    const plain = "Japan said on Monday hackers had breached its space agency. The agency is investigating.";
    expect(cleanText(plain).text).toBe(plain);
  });
});

describe("cleanText on scraped pages", () => {
  const scraped = [
    "Source: https://coastnews.example/2024/02/11/grid-hack",
    "Skip to content",
    "COAST NEWS  |  Home  |  Region  |  World  |  Sport",
    "AMP",
    "",
    "Grid operator says intruders reached a substation",
    "",
    "Share: Facebook X Email",
    "",
    "The operator said on Sunday that intruders had reached the control network of a substation.",
    "",
    "Technicians at the substation on Sunday. © Coast News / Ana Ruiz",
    "",
    "Officials said the outage lasted four hours and no customer data was taken.",
    "",
    "Comments",
    "",
    "(Reporting by Ana Ruiz; Editing by Tom Bell)",
  ].join("\n");
  const cleaned = cleanText(scraped).text;

  it("blanks a link line whose label the page gives in its own language first ('Lire aussi / Read also:')", () => {
    const text = [
      "Lisbon grid operator restores power",
      "",
      "Lire aussi / Read also: Spain and Italy accuse Moscow over rail outage",
      "",
      "The operator said supply was back.",
    ].join("\n");
    expect(cleanText(text).text).not.toContain("accuse Moscow");
    expect(cleanText(text).text).toContain("supply was back");
  });

  it("blanks a scraper's Source: line, whose address may hold attack words", () => {
    expect(cleaned).not.toContain("grid-hack");
  });

  it("blanks menus of short items between separators, AMP leftovers and share prompts", () => {
    expect(cleaned).not.toContain("Region");
    expect(cleaned).not.toMatch(/\bAMP\b/);
    expect(cleaned).not.toContain("Facebook");
  });

  it("blanks a caption that ends in its credit, and the comments and wire credits at the end", () => {
    expect(cleaned).not.toContain("Technicians at the substation");
    expect(cleaned).not.toContain("Editing by");
    expect(cleaned).toContain("no customer data was taken.");
  });

  it("keeps a sentence that merely mentions sharing or a slash", () => {
    const text = "Share prices fell 3/4 of a point after the breach was disclosed on Monday, analysts said.";
    expect(cleanText(text).text).toBe(text);
  });
});

describe("cleanText on live blogs", () => {
  const blog = [
    "LIVE: Velmora grid outage - updates",
    "",
    "14:20",
    "The grid operator said a cyberattack had knocked out power to the northern districts this morning.",
    "",
    "13:55",
    "Officials in Orlunde said hospitals were running on generators and schools had closed early.",
    "",
    "13:10",
    "More from the energy minister's briefing. She said the attackers had used stolen passwords to reach the control room.",
    "",
    "12:40",
    "The minister will speak to reporters at the ministry within the hour, her office said.",
    "",
    "Follow us on Tarnholt Radio for the latest news on this developing story.",
    "Officials in Orlunde blamed a neighbouring state for an attack on their port.",
    "More from Tarnholt Radio",
    "Weather: rain returns on Friday",
  ].join("\n");

  it("keeps a two-sentence entry that opens like a tail marker, and ends the body at a one-sentence marker", () => {
    const cleaned = cleanText(blog);
    expect(cleaned.text).toContain("stolen passwords to reach the control room.");
    expect(cleaned.text).toContain("within the hour");
    expect(cleaned.bodyEnd).toBe(blog.indexOf("Follow us on Tarnholt"));
    expect(cleaned.text).not.toContain("blamed a neighbouring state");
    expect(cleaned.text).not.toContain("rain returns");
  });
});

describe("isProse", { timeout: 30_000 }, () => {
  it("counts eight words and a closing mark, whatever the spaces between them (Unicode ones included)", () => {
    expect(isProse("Officials said the government was working with experts.")).toBe(true);
    expect(isProse("Officials said\u00a0the\u2003government was working with experts”  ")).toBe(true);
    expect(isProse("Officials said the government was working with experts")).toBe(false);
    expect(isProse("Chile hit by ransomware attack.")).toBe(false);
    const piece = fc.constantFrom(
      "word",
      "a.",
      "”",
      "!",
      " ",
      "  ",
      "\t",
      "\u00a0",
      "\u3000",
      "\ufeff",
      "\u200b",
      "x?",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const line = pieces.join("").trim();
        if (line === "") return;
        expect(isProse(line)).toBe(line.split(/\s+/).length >= 8 && /[.!?"”’]\s*$/.test(line));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("a list of links or a share bar boxed inside the article", () => {
  const boxed = [
    "Orlunde says its port authority was hit by ransomware on Sunday night.",
    "The authority said container bookings were halted for most of Monday morning.",
    "Related",
    "Why small ports are easy prey",
    "What is double extortion?",
    "The interior ministry asked a neighbouring state's cyber agency for help on Tuesday.",
    "Share this article: WhatsApp Telegram Email",
    "Two analysts from the agency arrived in the capital on Wednesday to review the logs.",
    "The port expects to reopen fully by the end of the week, a spokesman said.",
    "Related stories",
    "Ransomware hits rail operator",
    "© 2026 Orlunde Daily",
  ].join("\n");

  it("blanks the box and reads on where the prose resumes; a list that no prose follows ends the body", () => {
    const cleaned = cleanText(boxed);
    expect(cleaned.text).toContain("asked a neighbouring state's cyber agency");
    expect(cleaned.text).toContain("arrived in the capital on Wednesday");
    expect(cleaned.text).not.toContain("easy prey");
    expect(cleaned.text).not.toContain("Share this article");
    expect(cleaned.bodyEnd).toBe(boxed.indexOf("Related stories"));
    expect(cleaned.text).not.toContain("rail operator");
  });
});

describe("teasers under related headlines are not the article's prose", () => {
  // A headline, its one-sentence summary, another headline and summary: a list of other stories,
  // however long its summaries (invented page).
  const teasers = [
    "Varnholt's water board said a ransomware attack had locked its billing servers since Friday.",
    "Engineers restored most customer accounts by Sunday afternoon, the board's chief said.",
    "Related",
    "Inside the gangs that rent out their malware",
    "Police in Keldmar arrested three suspects accused of selling stolen bank logins online last month.",
    "How to spot a phishing text",
    "Banks warn that fake delivery notices remain the commonest lure used against their older customers.",
    "Most popular",
    "© 2026 Varnholt Courier",
  ].join("\n");

  it("ends the body at the list when each summary is followed by another headline", () => {
    const cleaned = cleanText(teasers);
    expect(cleaned.bodyEnd).toBe(teasers.indexOf("Related"));
    expect(cleaned.text).not.toContain("Keldmar");
    expect(cleaned.text).not.toContain("fake delivery notices");
  });

  it("still reads on when the story resumes with a paragraph after a share bar", () => {
    const resumed = [
      "Varnholt's water board said a ransomware attack had locked its billing servers since Friday.",
      "Engineers restored most customer accounts by Sunday afternoon, the board's chief said.",
      "Related",
      "Inside the gangs that rent out their malware",
      "The board has asked the national cyber centre to review how the intruders got in.",
      "Share this article: Facebook Email",
      "A report on the review is expected next month. The chief said no customer data was taken.",
      "Most popular",
    ].join("\n");
    const cleaned = cleanText(resumed);
    expect(cleaned.text).toContain("national cyber centre");
    expect(cleaned.text).not.toContain("rent out their malware");
    expect(cleaned.bodyEnd).toBe(resumed.indexOf("Most popular"));
  });
});

describe("captions that name themselves or end in a photo credit", () => {
  const story = (caption: string) =>
    [
      "The power utility said on Monday that intruders had reached the billing servers of its main office.",
      "",
      caption,
      "",
      "Officials said the outage lasted four hours and no customer data was taken.",
    ].join("\n");

  it("blanks a caption ending in 'Photo: <credit>', the credit naming a ministry and a person", () => {
    const text = story(
      "Engineers at the utility's control room in the capital. Photo: Ministry of Energy / T. Varga",
    );
    const cleaned = cleanText(text).text;
    expect(cleaned).not.toContain("Ministry of Energy");
    expect(cleaned).not.toContain("Engineers at the utility's control room");
    expect(cleaned).toContain("no customer data was taken.");
  });

  it("blanks a bracketed caption that says it is one ('[Photo caption: ...]', '[Image: ...]')", () => {
    for (const caption of [
      "[Photo caption: Queues outside a shuttered branch office. Photo: Harbour Times / staff]",
      "[Image: The utility's control room. Photo: Coast Wire / Ana Ruiz]",
      "(Photo caption: The parliament building. Photo: Staff)",
    ])
      expect(cleanText(story(caption)).text).not.toContain(caption.slice(0, 24));
  });

  it("keeps a paragraph of prose whose line happens to end in a photo credit", () => {
    const text =
      "Customs officers in the port city found their terminals locked on Thursday morning. The finance ministry blamed a criminal gang for it. Photo: Baltic Wire";
    expect(cleanText(text).text).toContain("The finance ministry blamed a criminal gang");
  });

  it("keeps a one-sentence wire paragraph that reports speech, though a credit is glued to its line", async () => {
    const { words } = (await bundledContext()).lexicon;
    const paragraph =
      "Intruders emptied the payroll accounts of the harbour authority over the weekend, the port's director told reporters. Photo: Gulf Wire";
    expect(cleanText(story(paragraph), words).text).toContain("the port's director told reporters");
    // A caption describes a picture and quotes no one: still furniture with the lexicon's words.
    const caption =
      "Engineers at the utility's control room in the capital. Photo: Ministry of Energy / T. Varga";
    expect(cleanText(story(caption), words).text).not.toContain("Ministry of Energy");
  });

  it("keeps a sentence of prose that mentions a photo", () => {
    const text = "The ministry said a photo of the ransom note was shared with the police on Monday evening.";
    expect(cleanText(text).text).toBe(text);
  });
});
