import { CellValue } from "../../../src/domain/cells/cellValue";
import { notesAgree, NOTES_SIMILARITY } from "../../../src/domain/checks/duplicateRows";
import { brief, check, CLEAN_INCIDENT } from "../../support/rows";

type Row = Record<string, CellValue>;

const NOTE = "On 15 March 2024, IS Sahel militants attacked JNIM positions near Kalamba (Bourzanga, Bam) and seized weapons.";
const first: Row = { ...CLEAN_INCIDENT, notes: NOTE };
const second = (change: Row): Row => ({ ...first, incident_id: "BFA1002", ...change });
const findings = (rows: Row[]) => brief(check(rows)).filter((line) => line.endsWith(" duplicate-row"));

/** Two rows under two IDs: a possible duplicate only when date, country, location, actors, event and sub-event type and notes agree. */
const CASES: { why: string; change: Row; duplicate: boolean }[] = [
  { why: "a copy under a new ID", change: {}, duplicate: true },
  { why: "the actors in the other order", change: { actor1: CLEAN_INCIDENT.actor2, actor2: CLEAN_INCIDENT.actor1 }, duplicate: true },
  { why: "location in capitals, notes re-punctuated and in other case", change: { location: "KALAMBA", notes: NOTE.toUpperCase().replace(/[,.()]/g, " ") }, duplicate: true },
  { why: "notes with one word added", change: { notes: NOTE.replace("seized", "seized many") }, duplicate: true },
  { why: "notes on one row only", change: { notes: "" }, duplicate: true },
  { why: "fatalities differ (two sources' counts of one event)", change: { fatalities: 14 }, duplicate: true },
  // Near misses.
  { why: "another date", change: { event_date: "2024-03-16" }, duplicate: false },
  { why: "another location", change: { location: "Kaya" }, duplicate: false },
  { why: "another actor", change: { actor2: "Military Forces of Burkina Faso", inter2: "State forces", interaction: 12 }, duplicate: false },
  { why: "another event type", change: { event_type: "Violence against civilians", sub_event_type: "Attack" }, duplicate: false },
  { why: "another sub-event type", change: { sub_event_type: "Government regains territory" }, duplicate: false },
  { why: "notes of another event", change: { notes: "On 15 March 2024, JNIM and IS Sahel militants clashed over cattle taken from herders near Kalamba; 3 herders were wounded." }, duplicate: false },
  { why: "notes naming another village (one report split by place)", change: { notes: NOTE.replace("near Kalamba", "near Foubé") }, duplicate: false },
  { why: "the same ID twice (a duplicate-id, not a duplicate-row)", change: { incident_id: "BFA1001" }, duplicate: false },
];

test.each(CASES)("$why", ({ change, duplicate }) => {
  expect(findings([first, second(change)])).toEqual(duplicate ? ["Incidents!A3 duplicate-row"] : []);
});

test("the message names the first row and says when only one has notes", () => {
  const message = (change: Row) => check([first, second(change)]).issues.find((i) => i.code === "duplicate-row")?.message;
  expect(message({})).toBe("Same date, location, actors, event type and sub-event type as row 2 (BFA1001), with notes that agree: possibly the same event recorded twice.");
  expect(message({ notes: "" })).toContain("with notes that agree (only one of the two has notes)");
});

test("a third row is compared with each earlier row of its kind, not the first alone", () => {
  const other = second({ incident_id: "BFA1002", notes: "Herders and militants fought over cattle; the report is unrelated." });
  expect(findings([first, other, second({ incident_id: "BFA1003", notes: other.notes })])).toEqual(["Incidents!A4 duplicate-row"]);
});

/** notesAgree on its own: the threshold, the names rule and ACLED's split events. */
const NOTES: [string | undefined, string | undefined, boolean, string][] = [
  [undefined, undefined, true, "both empty"],
  ["", "Something happened.", true, "one empty"],
  ["Same words here.", "same WORDS, here", true, "case and punctuation"],
  ["a b c d e f g h i j", "a b c d e f g h x y", false, "8 of 12 words shared: 0.67"],
  ["a b c d e f g h i j", "a b c d e f g h i j k", true, "10 of 11 shared: 0.91"],
  // Real ACLED shapes, paraphrased: different events that read alike.
  ["On 6 April residents held a protest at the press club against drug dealers in their area.", "On 6 April residents held a protest at the press club against the misconduct of the police.", false, "one template, two causes"],
  ["On 29 December militiamen attacked the village of Darsalam and killed two people and burned houses.", "On 29 December militiamen attacked the village of Mande-Kanda and killed two people and burned houses.", false, "each names a village the other does not"],
  [
    "On 8 January forces shelled Salibi village. Shelling of Khaneh and Salibi killed civilians; fatalities split across 2 events.",
    "On 8 January forces shelled Khaneh village. Shelling of Khaneh and Salibi killed civilians; fatalities split across 2 events.",
    false,
    "ACLED says it split the report, the notes differ",
  ],
  [
    "On 8 January forces shelled Salibi village. Fatalities split across 2 events.",
    "On 8 January forces shelled Salibi village. Fatalities split across 2 events.",
    true,
    "a split note copied word for word is a copied row",
  ],
  ["Around 25 July JNIM and ISGS clashed in the area of Alotat in Talataye. Eight ISGS militants killed.", "Around 25 July JNIM and ISGS clashed in the area of Alotat coded at Talataye. Eight ISGS militants were killed.", true, "an edited copy (real repeat in the Mali export)"],
  ["Around 5 May a group of youths lynched a man in Parakou.", "On 5 May a group of youths lynched a man in Parakou.", true, "a sentence's first word is not a name"],
];

test.each(NOTES)("notesAgree(%p, %p) is %p: %s", (a, b, expected) => {
  expect(notesAgree(a, b)).toBe(expected);
});

test("the threshold", () => {
  expect(NOTES_SIMILARITY).toBe(0.8);
});
