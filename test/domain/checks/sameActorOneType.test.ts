import { CellValue } from "../../../src/domain/cells/cellValue";
import { check, CLEAN_INCIDENT } from "../../support/rows";

type Row = Record<string, CellValue>;

/**
 * Actor 1 equal to actor 2: ACLED codes a clash inside one actor so ("Military Forces of
 * Somalia (2022-)" against itself, "Al Shabaab" against "Al Shabaab", "Rioters (X)"
 * against "Rioters (X)"), and that is no finding. Only the same actor with two types is.
 */
const row = (change: Row): Row => ({ ...CLEAN_INCIDENT, ...change });
const rioters = { actor1: "Rioters (Burkina Faso)", actor2: "Rioters (Burkina Faso)", inter1: "Rioters", inter2: "Rioters", interaction: 55, event_type: "Riots", sub_event_type: "Violent demonstration" };

const CASES: { why: string; change: Row; expected: string[] }[] = [
  { why: "rioters against rioters, one type", change: rioters, expected: [] },
  { why: "a rebel group against itself", change: { actor2: CLEAN_INCIDENT.actor1 }, expected: [] },
  { why: "the same actor written in another case and spacing", change: { actor2: "  islamic state  sahel province " }, expected: [] },
  { why: "the same actor without types", change: { actor2: CLEAN_INCIDENT.actor1, inter1: "", inter2: "", interaction: "" }, expected: [] },
  { why: "the same actor, one type missing", change: { actor2: CLEAN_INCIDENT.actor1, inter2: "", interaction: 20 }, expected: [] },
  { why: "two actors of two types", change: { ...rioters, actor2: "Protesters (Burkina Faso)", inter2: "Protesters", interaction: 56 }, expected: [] },
  { why: "the same actor with two types", change: { ...rioters, inter2: "Protesters", interaction: 56 }, expected: ["I2"] },
  { why: "the same actor with two types, legacy codes", change: { ...rioters, inter1: 5, inter2: 6, interaction: 56 }, expected: ["I2"] },
  { why: "an actor the dictionary does not know, with two types", change: { ...rioters, actor1: "Dozo hunters of Kalamba", actor2: "Dozo hunters of Kalamba", inter1: "Identity militia", inter2: "Political militia", interaction: 34 }, expected: ["I2"] },
];

test.each(CASES)("$why", ({ change, expected }) => {
  // The name checks also compare a known actor's types with the dictionary ("Rioters (…) is a Rioters actor"): not this rule.
  const found = check([row(change)]).issues.filter((i) => i.code === "inconsistent" && (i.field === "actor2" || i.field === "inter2") && !/ is an? .* actor, not /.test(i.message));
  expect(found.map((i) => `${i.column}${i.row}`)).toEqual(expected);
});

test("the message says why", () => {
  const [issue] = check([row({ ...rioters, inter2: "Protesters", interaction: 56 })]).issues.filter((i) => i.code === "inconsistent" && i.field === "inter2");
  expect(issue.message).toBe('Actor 1 and actor 2 are the same actor ("Rioters (Burkina Faso)"), as ACLED codes a clash inside one actor, but their types differ (Rioters, Protesters): one actor has one type.');
});
