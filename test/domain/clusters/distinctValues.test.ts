import { distinctValues } from "../../../src/domain/clusters/distinctValues";
import { SMALL_WORKBOOK as WORKBOOK } from "./smallWorkbook";

describe("distinctValues", () => {
  const actors = distinctValues(WORKBOOK, "actor");
  const find = (value: string, country: string | null) => actors.find((v) => v.value === value && v.country === country);

  test("actors keyed by (value, country): ISIS in Burkina Faso, in Iraq, and where the incident is unknown are three values", () => {
    expect([find("ISIS", "Burkina Faso")?.count, find("ISIS", "Iraq")?.count, find("ISIS", null)?.count]).toEqual([1, 2, 1]);
  });

  test("counts every column of the kind on both sheets, trimmed, with each cell's place and text", () => {
    const koglweogo = find("Koglweogo Militia", "Burkina Faso")!;
    expect(koglweogo.count).toBe(3);
    expect(koglweogo.cells.map((c) => `${c.sheet}!${c.address} ${c.field}`)).toEqual(["Incidents!E2 actor1", "Incidents!E3 actor1", "Incidents!E5 actor1"]);
    expect(koglweogo.cells[2].cell).toBe(" Koglweogo Militia ");
    expect(find("koglweogo militia", "Burkina Faso")?.cells).toEqual([{ sheet: "Weapons", address: "C2", row: 2, column: 3, field: "holder", cell: "koglweogo militia" }]);
  });

  test("a list cell gives each of its names, with its place in the list; NA and blanks give none", () => {
    expect(find("Dozo Militia", "Burkina Faso")?.cells).toEqual([{ sheet: "Incidents", address: "G2", row: 2, column: 7, field: "assoc_actor_1", cell: "Koglwéogo militia; Dozo Militia", part: 1 }]);
    expect(actors.some((v) => v.value === "NA" || v.value === "")).toBe(false);
  });

  test("in order of first appearance, each counted once however often it recurs", () => {
    expect(actors.map((v) => v.first)).toEqual(actors.map((_, i) => i));
    expect(actors.slice(0, 3).map((v) => v.value)).toEqual(["Koglweogo Militia", "JNIM", "Koglwéogo militia"]);
  });

  test("weapons carry no country; locations do", () => {
    expect(distinctValues(WORKBOOK, "weapon").map((v) => [v.value, v.country, v.count])).toEqual([["AK-47", null, 1], ["AK47", null, 1], ["AK-74", null, 1]]);
    expect(distinctValues(WORKBOOK, "location").map((v) => [v.value, v.country, v.count])).toEqual([["Djibo", "Burkina Faso", 2], ["Mosul", "Iraq", 1], ["djibo", "Burkina Faso", 1]]);
  });
});
