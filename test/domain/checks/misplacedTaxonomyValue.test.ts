import { CellValue } from "../../../src/domain/cells/cellValue";
import { misplacedTaxonomyValue, TaxonomyField } from "../../../src/domain/checks/misplacedTaxonomyValue";
import { check, CLEAN_INCIDENT } from "../../support/rows";

type Row = Record<string, CellValue>;

/**
 * A value written at the wrong level of the event taxonomy. The suggestion is written over
 * the cell by one click, so it is given only where nothing is lost: the row's other cell
 * already holds the misplaced value (or the row's sub-event type implies it) and exactly
 * one value fits here. Otherwise the message says what to write and the suggestion is empty.
 */
describe("a value of another level of the taxonomy says where it belongs", () => {
  test.each<[TaxonomyField, string, Row, string, string | undefined, string]>([
    ["event_type", "Attack", {}, "\"Attack\" is a sub-event type (of Violence against civilians), not an event type; put it in sub_event_type and write Violence against civilians here.", undefined, "sub-event type empty: one click would lose Attack"],
    ["event_type", "Attack", { sub_event_type: "Attack" }, "the row's sub_event_type already holds Attack, so write Violence against civilians here.", "Violence against civilians", "sub-event type holds it: nothing lost"],
    ["event_type", "attack", { sub_event_type: " ATTACK " }, "write Violence against civilians here", "Violence against civilians", "any case"],
    ["event_type", "Attack", { sub_event_type: "Armed clash" }, "but the row's sub-event type is Armed clash, of Battles: settle which is right", undefined, "the row says otherwise"],
    ["event_type", "Political violence", { sub_event_type: "Armed clash" }, "\"Political violence\" is a disorder type, not an event type; put it in disorder_type and write Battles here (the event type of Armed clash).", "Battles", "Armed clash is always political violence: nothing lost"],
    ["event_type", "Demonstrations", { sub_event_type: "Excessive force against protesters" }, "write Protests here", undefined, "counted under two disorder types: Demonstrations would be lost"],
    ["event_type", "Demonstrations", { sub_event_type: "Excessive force against protesters", disorder_type: "Demonstrations" }, "already holds Demonstrations, so write Protests here", "Protests", "disorder type holds it"],
    ["event_type", "Political violence", {}, "write one of Battles, Riots, Explosions/Remote violence or Violence against civilians here", undefined, "no sub-event type to tell"],
    ["sub_event_type", "Battles", {}, "\"Battles\" is an event type, not a sub-event type; put it in event_type and write one of Government regains territory, Non-state actor overtakes territory or Armed clash here.", undefined, "several sub-event types fit"],
    ["sub_event_type", "Battles", { event_type: "Battles" }, "the row's event_type already holds Battles, so write one of", undefined, "even so, never pick one"],
    ["sub_event_type", "Political violence", { event_type: "Riots" }, "put it in disorder_type and write one of Violent demonstration or Mob violence here (the sub-event types of Riots)", undefined, "a disorder type"],
    ["disorder_type", "Battles", { event_type: "Battles" }, "\"Battles\" is an event type, not a disorder type; the row's event_type already holds Battles, so write Political violence here.", "Political violence", "one disorder type"],
    ["disorder_type", "Riots", { event_type: "Riots" }, "write one of Demonstrations or Political violence here", undefined, "two disorder types"],
    ["disorder_type", "Attack", {}, "put it in sub_event_type and write Political violence here", undefined, "not held elsewhere"],
  ])("%s %p with %j", (field, written, row, message, suggestion, _why) => {
    const problem = misplacedTaxonomyValue(field, written, (f) => row[f]);
    expect(problem?.code).toBe("enum");
    expect(problem?.message).toContain(message);
    expect(problem?.suggestion).toBe(suggestion);
  });

  test.each<[TaxonomyField, string]>([
    ["event_type", "Battle"],
    ["event_type", "Battles"],
    ["sub_event_type", "Armed clash"],
    ["sub_event_type", "Atack"],
    ["disorder_type", "Political violence"],
  ])("%s %p is not a misplaced value (a typo or a value of its own level)", (field, written) => {
    expect(misplacedTaxonomyValue(field, written, () => undefined)).toBeUndefined();
  });
});

describe("through the sheet check, whatever the column order", () => {
  test("the row's other cell is read as written, before or after the cell", () => {
    const first = check([{ ...CLEAN_INCIDENT, event_type: "Attack", sub_event_type: "Attack" }]).issues.find((i) => i.field === "event_type")!;
    expect(first.suggestion).toBe("Violence against civilians");
    const { event_type: _e, sub_event_type: _s, ...rest } = CLEAN_INCIDENT;
    const reordered = check([{ sub_event_type: "", ...rest, event_type: "Attack" }]).issues.find((i) => i.field === "event_type" && i.code === "enum")!;
    expect(reordered.message).toContain("put it in sub_event_type");
    expect(reordered.suggestion).toBeUndefined();
  });

  test("a typo keeps its closest-value suggestion", () => {
    expect(check([{ ...CLEAN_INCIDENT, event_type: "Battle" }]).issues.find((i) => i.field === "event_type")?.suggestion).toBe("Battles");
  });
});
