import { CellValue } from "../../../src/domain/cells/cellValue";
import { IssueCode } from "../../../src/domain/issues/issueCodes";
import { brief, check, CLEAN_INCIDENT, CLEAN_WEAPON } from "../../support/rows";

type Row = Record<string, CellValue>;

/** A row of ACLED's monadic form: one actor, no actor2/inter2 columns, the event's interaction. */
const row = (change: Row): Row => {
  const all: Row = { ...CLEAN_INCIDENT, inter1: "Rebel group", ...change };
  const { actor2: _a, inter2: _b, ...rest } = all;
  return rest;
};
/** One event on two rows, one per actor (the ID, date and place its own). */
const event = (id: string, date: string, location: string, change: Row = {}): Row[] => [
  row({ incident_id: id, event_date: date, location, actor1: "Islamic State Sahel Province", interaction: 12, ...change }),
  row({ incident_id: id, event_date: date, location, actor1: "Military Forces of Burkina Faso", inter1: "State forces", interaction: 12, ...change }),
];
const A = event("BFA2001", "2024-03-10", "Djibo");
const B = event("BFA2002", "2024-03-11", "Arbinda");
const C = event("BFA2003", "2024-03-12", "Dori");
const D = event("BFA2004", "2024-03-12", "Gorom-Gorom");
/** An event with one actor: one row, interaction "Rebel group only". */
const single = row({ incident_id: "BFA2009", event_date: "2024-03-13", location: "Kaya", actor1: "Ansarul Islam", interaction: 20 });

/** The interaction by layout has its own tests (monadicInteraction.test.ts). */
const CODES: IssueCode[] = ["monadic-layout", "duplicate-id"];
const findings = (rows: Row[]) => brief(check(rows)).filter((line) => CODES.some((code) => line.endsWith(` ${code}`)));

interface Case {
  why: string;
  rows: Row[];
  expected: string[];
}

const CASES: Case[] = [
  { why: "three events, one on one row: monadic, the pairs are the design", rows: [...A, ...B, single, ...C], expected: ["Incidents!1 monadic-layout"] },
  { why: "two pairs are enough", rows: [...A, ...B], expected: ["Incidents!1 monadic-layout"] },
  {
    why: "a clash inside one actor: both rows name it, accepted once the layout is told",
    rows: [...A, ...B, ...event("BFA2004", "2024-03-14", "Gorom", { actor1: "Ansarul Islam", inter1: "Rebel group", interaction: 22 })],
    expected: ["Incidents!1 monadic-layout"],
  },
  {
    why: "an ID on three rows of one event: the third is a duplicate",
    rows: [...A, ...B, ...C, A[1]],
    expected: ["Incidents!1 monadic-layout", "Incidents!A8 duplicate-id"],
  },
  {
    why: "an ID on two rows of different dates: a duplicate",
    rows: [...A, ...B, ...C.slice(0, 1), row({ ...C[1], event_date: "2024-03-20" })],
    expected: ["Incidents!1 monadic-layout", "Incidents!A7 duplicate-id"],
  },
  {
    why: "an ID on two rows of different event types: a duplicate",
    rows: [...A, ...B, ...C.slice(0, 1), row({ ...C[1], event_type: "Violence against civilians", sub_event_type: "Attack" })],
    expected: ["Incidents!1 monadic-layout", "Incidents!A7 duplicate-id"],
  },
  // Near misses: not monadic, every repeated ID is a duplicate as in any sheet.
  { why: "no actor 2 column and one ID used twice: an ordinary sheet", rows: [...A, single], expected: ["Incidents!A3 duplicate-id"] },
  {
    why: "no actor 2 column, two IDs used twice, but the interaction names one actor type (20): a sheet that does not record actor 2",
    rows: [...event("BFA2001", "2024-03-10", "Djibo", { interaction: 20, inter1: "Rebel group" }), ...event("BFA2002", "2024-03-11", "Arbinda", { interaction: 20, inter1: "Rebel group" })],
    expected: ["Incidents!A3 duplicate-id", "Incidents!A5 duplicate-id"],
  },
  {
    why: "two rows copied under their own IDs (the same actor twice): copies, not a monadic pair",
    rows: [A[0], A[0], B[0], B[0]],
    expected: ["Incidents!A3 duplicate-id", "Incidents!A5 duplicate-id"],
  },
  {
    why: "repeated IDs mostly of other events: two pairs do not make the sheet monadic",
    rows: [...A, ...B, ...[0, 1, 2].flatMap((i) => [single, row({ ...single, event_date: `2024-04-0${i + 1}` })].map((r) => ({ ...r, incident_id: `BFA30${i}` })))],
    expected: ["Incidents!A3 duplicate-id", "Incidents!A5 duplicate-id", "Incidents!A7 duplicate-id", "Incidents!A9 duplicate-id", "Incidents!A11 duplicate-id"],
  },
  {
    why: "an actor 2 column: dyadic whatever the IDs",
    rows: [...A, ...B].map((r) => ({ ...r, actor2: "" })),
    expected: ["Incidents!A3 duplicate-id", "Incidents!A5 duplicate-id"],
  },
];

test.each(CASES)("$why", ({ rows, expected }) => {
  expect(findings(rows)).toEqual(expected);
});

test("the info finding names the form and counts the events on two rows", () => {
  const [issue] = check([...A, ...B, single]).issues.filter((i) => i.code === "monadic-layout");
  expect(issue).toMatchObject({ sheet: "Incidents", row: 1, column: null, field: null, severity: "info" });
  expect(issue.message).toContain("monadic form: one row per actor, no actor 2 columns, 2 of its 3 events on two rows under one ID");
});

test("a duplicate in a monadic sheet says why", () => {
  const result = check([...A, ...B, ...D, A[1], ...C.slice(0, 1), row({ ...C[1], event_date: "2024-03-20", location: "Tougan" })]);
  const messages = result.issues.filter((i) => i.code === "duplicate-id").map((i) => i.message);
  expect(messages).toEqual([
    "The incident ID BFA2001 is already on rows 2 and 3: in a monadic sheet an event has one row per actor, two at most.",
    "The incident ID BFA2003 is already used on row 9 for another event (the date, location differ). In a monadic sheet an ID's rows are one event, one row per actor.",
  ]);
});

test("a weapon's holder may be the actor of the event's other row", () => {
  const holderFindings = (holder: string) =>
    check([...A, ...B], [{ ...CLEAN_WEAPON, incident_id: "BFA2001", year_of_manufacture: 1985, holder }]).issues.filter((i) => i.sheet === "Weapons" && i.field === "holder").map((i) => i.code);
  expect(holderFindings("Military Forces of Burkina Faso")).toEqual([]); // actor 1 of row 3, the event's second row
  expect(holderFindings("Islamic State Sahel Province")).toEqual([]);
  expect(holderFindings("Africa Corps")).toEqual(["weapon-mismatch"]);
});
