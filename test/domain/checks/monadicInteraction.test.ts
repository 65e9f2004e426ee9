import { CellValue } from "../../../src/domain/cells/cellValue";
import { check, CLEAN_INCIDENT } from "../../support/rows";

type Row = Record<string, CellValue>;

/**
 * The interaction in a monadic sheet: the event's pair of actor types, so that each row's
 * inter1 is one of the two and the event's two rows together make it. Each case is a
 * monadic sheet of two clean events (BFA2001, BFA2002) and the rows under test.
 */
const row = (change: Row): Row => {
  const { actor2: _a, inter2: _b, ...rest } = { ...CLEAN_INCIDENT, ...change };
  return rest;
};
const pair = (id: string, date: string, first: Row, second: Row, interaction: CellValue): Row[] => [
  row({ incident_id: id, event_date: date, location: "Djibo", interaction, ...first }),
  row({ incident_id: id, event_date: date, location: "Djibo", interaction, ...second }),
];
const rebel = { actor1: "Islamic State Sahel Province", inter1: "Rebel group" };
const army = { actor1: "Military Forces of Burkina Faso", inter1: "State forces" };
const civilians = { actor1: "Civilians (Burkina Faso)", inter1: "Civilians" };
const CLEAN = [...pair("BFA2001", "2024-03-10", rebel, army, 12), ...pair("BFA2002", "2024-03-11", rebel, civilians, 27)];

interface Case {
  why: string;
  rows: Row[];
  /** The interaction findings, as `row: suggestion`. */
  expected: string[];
}

const CASES: Case[] = [
  { why: "the clean pairs: each row's type is one of the interaction's, together they make it", rows: [], expected: [] },
  { why: "text interactions, in either order", rows: pair("BFA2003", "2024-03-12", army, rebel, "State forces-Rebel group"), expected: [] },
  { why: "a clash inside one actor: both rows one type, interaction of that type twice", rows: pair("BFA2003", "2024-03-12", rebel, { ...rebel, actor1: "Ansarul Islam" }, 22), expected: [] },
  { why: "an event on one row, interaction of one type", rows: [row({ incident_id: "BFA2003", event_date: "2024-03-12", interaction: 20, ...rebel })], expected: [] },
  { why: "an event on one row without its interaction", rows: [row({ incident_id: "BFA2003", event_date: "2024-03-12", interaction: "", ...rebel })], expected: [] },
  { why: "a row whose type is not in the interaction", rows: pair("BFA2003", "2024-03-12", rebel, { ...civilians, inter1: "Protesters" }, 27), expected: ["7: 26"] },
  { why: "two rows in the interaction but not making it (2 and 2 for 27)", rows: pair("BFA2003", "2024-03-12", rebel, { ...civilians, inter1: "Rebel group" }, 27), expected: ["7: 22"] },
  { why: "the two rows of an event with different interactions", rows: pair("BFA2003", "2024-03-12", rebel, army, 12).map((r, i) => (i === 1 ? { ...r, interaction: 17 } : r)), expected: ["7: 17 differs"] },
  { why: "an event on one row with an interaction of two types: the other row is missing", rows: [row({ incident_id: "BFA2003", event_date: "2024-03-12", interaction: 27, ...rebel })], expected: ["6: 20"] },
  { why: "an event on one row whose type is not its interaction's", rows: [row({ incident_id: "BFA2003", event_date: "2024-03-12", interaction: 70, ...rebel })], expected: ["6: 20"] },
];

test.each(CASES)("$why", ({ rows, expected }) => {
  const result = check([...CLEAN, ...rows]);
  expect(result.issues.filter((i) => i.code === "monadic-layout")).toHaveLength(1);
  const found = result.issues.filter((i) => i.field === "interaction").map((i) => `${i.row}: ${i.suggestion ?? (/differs/.test(i.message) ? `${i.value} differs` : "")}`);
  expect(found).toEqual(expected);
});

test("the same rows in an ordinary sheet are checked row by row, as before", () => {
  const dyadic = CLEAN.map((r) => ({ ...r, actor2: "", inter2: "" }));
  const found = check(dyadic).issues.filter((i) => i.field === "interaction").map((i) => `${i.row}: ${i.suggestion}`);
  expect(found).toEqual(["2: 20", "3: 10", "4: 20", "5: 70"]);
});

test("the messages say what is wrong", () => {
  const messages = (rows: Row[]) => check([...CLEAN, ...rows]).issues.filter((i) => i.field === "interaction").map((i) => i.message);
  expect(messages(pair("BFA2003", "2024-03-12", rebel, { ...civilians, inter1: "Protesters" }, 27))).toEqual([
    "The interaction 27 (Rebel group and Civilians) does not include this row's actor type (Protesters): in a monadic sheet each row is one of the event's actors; with the actor types as written it should be 26.",
  ]);
  expect(messages(pair("BFA2003", "2024-03-12", rebel, { ...civilians, inter1: "Rebel group" }, 27))).toEqual([
    "The two rows of event BFA2003 (rows 6 and 7) have the actor types Rebel group and Rebel group, which make 22, not the interaction 27 (Rebel group and Civilians).",
  ]);
  expect(messages([row({ incident_id: "BFA2003", event_date: "2024-03-12", interaction: 27, ...rebel })])).toEqual([
    "The interaction 27 names two actor types (Rebel group and Civilians), but event BFA2003 has one row: the row of its other actor is missing, or the interaction should be 20.",
  ]);
});
