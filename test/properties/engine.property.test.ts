import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { CellValue, EXCEL_ERRORS } from "../../src/domain/cells/cellValue";
import { columnNumber } from "../../src/domain/cells/columnLetter";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { writeCsv } from "../../src/domain/export/csvWriter";
import { exportSheet } from "../../src/domain/export/exportSheet";
import { builtInActorResolver, builtInWeaponResolver } from "../../src/domain/names/dictionary/builtIn";
import { WorkbookGrid } from "../../src/domain/sheetGrid";
import { CLEAN_INCIDENT, CLEAN_WEAPON, TODAY } from "../support/rows";

/**
 * Properties of the engine on random sheets. A fixed seed and a bounded number of runs in
 * the suite; `FC_RUNS=2000 npx jest test/properties` for a longer, nightly-style run (and
 * `FC_SEED` to replay a failure).
 */
const RUNS = Number(process.env.FC_RUNS ?? 60);
const SEED = Number(process.env.FC_SEED ?? 20261125);
const settings = { numRuns: RUNS, seed: SEED };

/** Cells as Excel hands them over, and then some. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...EXCEL_ERRORS),
  fc.boolean(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.constantFrom("", " ", "\u00a0\t", "2024-03-15", "15/03/2024", "03/04/2024", "15 March 2024", "Battles", "Armed clash", "Burkina Faso", "BFA", "ISIS militants", "RPG7", "Type 56-1/-2 rifles", "=1+1", "-5", "x".repeat(32767), "x".repeat(40000)),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom("مرحبا", "Исламское государство", "e\u0301\u0301", "\ud800", "😀👍🏽", "\u202eRTL"),
);

const headerRow = (fields: string[]) => fields;
const incidentFields = Object.keys(CLEAN_INCIDENT);
const weaponFields = Object.keys(CLEAN_WEAPON);

/** A workbook: an incident and a weapon sheet with random cells under real headers, sometimes with title rows, blank rows and ragged rows. */
const workbook: fc.Arbitrary<WorkbookGrid> = fc
  .record({
    incidents: fc.array(fc.array(cell, { minLength: 0, maxLength: incidentFields.length + 2 }), { maxLength: 25 }),
    weapons: fc.array(fc.array(cell, { minLength: 0, maxLength: weaponFields.length + 2 }), { maxLength: 25 }),
    title: fc.boolean(),
  })
  .map(({ incidents, weapons, title }) => ({
    sheets: [
      { name: "Incidents", values: [...(title ? [["A title row"], []] : []), headerRow(incidentFields), ...incidents] },
      { name: "Weapons", values: [headerRow(weaponFields), ...weapons] },
    ],
  }));

test("checking never throws, and every issue points at a real cell of its sheet", () => {
  fc.assert(
    fc.property(workbook, (grid) => {
      const result = checkWorkbook(grid, { today: TODAY });
      for (const issue of result.issues) {
        const sheet = grid.sheets.find((s) => s.name === issue.sheet);
        if (!sheet) return issue.sheet === "" && issue.code === "missing-sheet";
        if (issue.row < 1 || issue.row > sheet.values.length) return false;
        if (issue.column !== null && columnNumber(issue.column) < 1) return false;
        if (typeof issue.message !== "string" || issue.message.length === 0) return false;
      }
      return true;
    }),
    settings,
  );
});

test("checking is deterministic", () => {
  fc.assert(
    fc.property(workbook, (grid) => JSON.stringify(checkWorkbook(grid, { today: TODAY }).issues) === JSON.stringify(checkWorkbook(grid, { today: TODAY }).issues)),
    settings,
  );
});

test("export then re-parse returns the same cells, and never an Excel error as a value", () => {
  fc.assert(
    fc.property(workbook, (grid) => {
      const result = checkWorkbook(grid, { today: TODAY });
      for (const sheet of [result.incidents, result.weapons]) {
        if (!sheet) continue;
        const rows = exportSheet(sheet).rows;
        const back: string[][] = parse(writeCsv(rows), { relax_column_count: true });
        if (JSON.stringify(back) !== JSON.stringify(rows.map((row) => row.map((text) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"))))) return false;
        for (const row of back.slice(1)) for (const text of row) if (EXCEL_ERRORS.has(text)) return false;
      }
      return true;
    }),
    settings,
  );
});

test("the normaliser never throws, and answers the same twice", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom(null, "Niger", "Mali", "Somalia", "Syria"), (raw, country) => {
      const a = builtInActorResolver().resolve(raw, country);
      const w = builtInWeaponResolver().resolve(raw);
      const mappedHasCanonical = (status: string, canonical: string | null) => (["canonical", "alias", "fuzzy", "context"].includes(status) ? canonical !== null : canonical === null);
      return mappedHasCanonical(a.status, a.canonical) && mappedHasCanonical(w.status, w.canonical) && JSON.stringify(builtInActorResolver().resolve(raw, country)) === JSON.stringify(a);
    }),
    settings,
  );
});

test("a name's canonical form maps to itself (the fixes are stable)", () => {
  fc.assert(
    fc.property(fc.constantFrom("ISIS militants", "EIGS", "J.N.I.M.", "Nigerian army", "Al-Shabaab's", "Boko Harm"), fc.constantFrom(null, "Nigeria", "Mali", "Burkina Faso", "Somalia"), (raw, country) => {
      const first = builtInActorResolver().resolve(raw, country);
      if (!first.canonical) return true;
      return builtInActorResolver().resolve(first.canonical, country).canonical === first.canonical;
    }),
    { ...settings, numRuns: Math.min(RUNS, 30) },
  );
});
