import { CellValue } from "../../../src/domain/cells/cellValue";
import { findSheets } from "../../../src/domain/checks/checkWorkbook";
import { DistinctValueTally } from "../../../src/domain/clusters/distinctValueTally";
import { ValueKind } from "../../../src/domain/clusters/clusterTypes";
import { distinctValues } from "../../../src/domain/clusters/distinctValues";
import { mapHeaderRow } from "../../../src/domain/headers/locateTable";
import { SMALL_WORKBOOK } from "./smallWorkbook";

/** Rows of an incident sheet (header first) fed to a tally one at a time; what it gives as [value, country, count, addresses]. */
function tallied(kind: ValueKind, incidents: CellValue[][], weapons?: CellValue[][], options?: { incidentCountries?: boolean }) {
  const tally = new DistinctValueTally(kind, options);
  for (const [sheetKind, name, rows] of [["incidents", "Incidents", incidents], ["weapons", "Weapons", weapons]] as const) {
    if (!rows) continue;
    tally.beginSheet({ kind: sheetKind, name, layout: mapHeaderRow(rows[0], sheetKind, 0) });
    rows.forEach((row, index) => tally.take(index, row));
  }
  return tally.values().map((v) => [v.value, v.country, v.count, v.cells.map((c) => `${c.sheet}!${c.address}${c.part === undefined ? "" : `#${c.part}`}`).join(" ")]);
}

const HEADER = ["incident_id", "country", "actor1", "assoc_actor_1", "location"];

describe("DistinctValueTally: rows fed one at a time", () => {
  test.each<[string, ValueKind, CellValue[][], CellValue[][] | undefined, unknown[]]>([
    ["one value in two rows: counted twice, one entry", "actor", [HEADER, ["A1", "Mali", "Dozo", "", ""], ["A2", "Mali", "Dozo", "", ""]], undefined, [["Dozo", "Mali", 2, "Incidents!C2 Incidents!C3"]]],
    ["trimmed: spaces around a value are the same value", "actor", [HEADER, ["A1", "Mali", " Dozo ", "", ""], ["A2", "Mali", "Dozo", "", ""]], undefined, [["Dozo", "Mali", 2, "Incidents!C2 Incidents!C3"]]],
    ["the country tells actors apart, ISO codes read as the country", "actor", [HEADER, ["A1", "ML", "ISIS", "", ""], ["A2", "Iraq", "ISIS", "", ""], ["A3", "Mali", "ISIS", "", ""]], undefined, [["ISIS", "Mali", 2, "Incidents!C2 Incidents!C4"], ["ISIS", "Iraq", 1, "Incidents!C3"]]],
    ["a list cell gives each name with its place; NA and blanks give none", "actor", [HEADER, ["A1", "Mali", "NA", "Dozo; ;NA; Dan Na Ambassagou", ""]], undefined, [["Dozo", "Mali", 1, "Incidents!D2#0"], ["Dan Na Ambassagou", "Mali", 1, "Incidents!D2#3"]]],
    ["Excel errors, blanks and whitespace are nothing; a number is its text", "actor", [HEADER, ["A1", "Mali", "#N/A", "", ""], ["A2", "Mali", "   ", "", ""], ["A3", "Mali", 1920, "", ""], ["A4", "Mali", null, "", ""]], undefined, [["1920", "Mali", 1, "Incidents!C4"]]],
    ["no country: null, a value of its own", "location", [HEADER, ["A1", "", "", "", "Djibo"], ["A2", "Burkina Faso", "", "", "Djibo"]], undefined, [["Djibo", null, 1, "Incidents!E2"], ["Djibo", "Burkina Faso", 1, "Incidents!E3"]]],
    ["weapons carry no country", "weapon", [HEADER, ["A1", "Mali", "", "", ""]], [["incident_id", "weapon"], ["A1", "AK-47"], ["A2", "AK-47"]], [["AK-47", null, 2, "Weapons!B2 Weapons!B3"]]],
    ["a holder takes its incident's country, by the incident's first row with one", "actor", [HEADER, ["A1", "", "X", "", ""], ["A1", "Mali", "Y", "", ""], ["A1", "Niger", "Z", "", ""]], [["incident_id", "holder"], ["A1", "Dozo"], [" A1 ", "Dozo"], ["B9", "Dozo"]], [
      ["X", null, 1, "Incidents!C2"], ["Y", "Mali", 1, "Incidents!C3"], ["Z", "Niger", 1, "Incidents!C4"], ["Dozo", "Mali", 2, "Weapons!B2 Weapons!B3"], ["Dozo", null, 1, "Weapons!B4"],
    ]],
    ["rows up to the header row are skipped, an absent row is nothing", "actor", [HEADER, undefined as unknown as CellValue[], [], ["A1", "Mali", "Dozo", "", ""]], undefined, [["Dozo", "Mali", 1, "Incidents!C4"]]],
  ])("%s", (_, kind, incidents, weapons, expected) => {
    expect(tallied(kind, incidents, weapons)).toEqual(expected);
  });

  test("without incidentCountries, holders have no country (for a caller that knows no weapon sheet needs them)", () => {
    expect(tallied("actor", [HEADER, ["A1", "Mali", "", "", ""]], [["incident_id", "holder"], ["A1", "Dozo"]], { incidentCountries: false })).toEqual([["Dozo", null, 1, "Weapons!B2"]]);
  });

  test("each cell's text as read: the untrimmed cell, a list's whole cell; the place of a sheet that starts past A1", () => {
    const tally = new DistinctValueTally("actor");
    tally.beginSheet({ kind: "incidents", name: "Incidents", layout: mapHeaderRow(HEADER, "incidents", 0), startRow: 3, startColumn: 2 });
    tally.take(0, HEADER);
    tally.take(1, ["A1", "Mali", " Dozo ", "Dozo;Koglweogo", ""]);
    expect(tally.values().map((v) => v.cells)).toEqual([
      [
        { sheet: "Incidents", address: "D4", row: 4, column: 4, field: "actor1", cell: " Dozo " },
        { sheet: "Incidents", address: "E4", row: 4, column: 5, field: "assoc_actor_1", cell: "Dozo;Koglweogo", part: 0 },
      ],
      [{ sheet: "Incidents", address: "E4", row: 4, column: 5, field: "assoc_actor_1", cell: "Dozo;Koglweogo", part: 1 }],
    ]);
  });

  test("values without their cells, then the cells of a few filled in (on copies, told by their order of first appearance)", () => {
    const tally = new DistinctValueTally("actor");
    tally.beginSheet({ kind: "incidents", name: "Incidents", layout: mapHeaderRow(HEADER, "incidents", 0) });
    [HEADER, ["A1", "Mali", "Dozo", "", ""], ["A2", "Mali", "Dan", "", ""], ["A3", "Mali", "Dozo", "", ""]].forEach((row, i) => tally.take(i, row));
    const bare = tally.valuesWithoutCells();
    expect(bare.map((v) => [v.value, v.count, v.cells, v.first])).toEqual([["Dozo", 2, [], 0], ["Dan", 1, [], 1]]);
    const copy = { ...bare[0] };
    tally.fillCells([copy]);
    expect(copy.cells.map((c) => c.address)).toEqual(["C2", "C4"]);
    expect(Object.keys(copy)).toEqual(["value", "country", "count", "cells", "first"]);
    expect(bare[1].cells).toEqual([]);
  });

  test("columnsOf and columnsRead: the kind's columns, and the country and ID that give a value its country", () => {
    const layout = mapHeaderRow(HEADER, "incidents", 0);
    expect(DistinctValueTally.columnsOf("actor", "incidents", layout)).toEqual([2, 3]);
    expect(DistinctValueTally.columnsRead("actor", "incidents", layout)).toEqual([2, 3, 1, 0]);
    expect(DistinctValueTally.columnsRead("weapon", "incidents", layout)).toEqual([]);
  });

  test("the small workbook, fed row by row, is what distinctValues gives for its grids", () => {
    const found = findSheets(SMALL_WORKBOOK.sheets);
    for (const kind of ["actor", "weapon", "location"] as const) {
      const tally = new DistinctValueTally(kind);
      for (const sheetKind of ["incidents", "weapons"] as const) {
        const { grid, layout } = found[sheetKind]!;
        tally.beginSheet({ kind: sheetKind, name: grid.name, layout });
        grid.values.forEach((row, i) => tally.take(i, row));
      }
      expect(JSON.stringify(tally.values())).toBe(JSON.stringify(distinctValues(SMALL_WORKBOOK, kind)));
    }
  });
});
