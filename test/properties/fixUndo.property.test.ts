/** @jest-environment ./test/support/excel/host/officeJsEnvironment.ts */
import fc from "fast-check";
import { columnLetter } from "../../src/domain/cells/columnLetter";
import { ProposedChange } from "../../src/domain/fixes/fixPlan";
import { ExcelFixWriter } from "../../src/excel/excelFixes";
import { ExcelStandIn, StandInCell } from "../support/excel/standIn";

const RUNS = Number(process.env.FC_RUNS ?? 40);
const SEED = Number(process.env.FC_SEED ?? 20261125);

/** Fix then undo returns every cell to what it was, whichever cells, values and edits in between. */
test("fix then undo restores every cell; cells edited in between are left as the person left them", async () => {
  const value: fc.Arbitrary<StandInCell> = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -9, max: 9 }), fc.boolean());
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.record({ row: fc.nat(11), column: fc.nat(3), fixed: fc.string({ minLength: 1, maxLength: 8 }) }), { maxLength: 10 }),
      fc.array(fc.record({ row: fc.nat(11), column: fc.nat(3) }), { maxLength: 3 }),
      async (grid, picks, edits) => {
        const standIn = new ExcelStandIn([{ name: "Incidents", values: grid }]);
        const uninstall = standIn.install();
        try {
          const seen = new Set<string>();
          const changes: ProposedChange[] = picks
            .filter((p) => p.row < grid.length && !seen.has(`${p.row},${p.column}`) && seen.add(`${p.row},${p.column}`))
            .map((p) => ({ sheet: "Incidents", address: `${columnLetter(p.column + 1)}${p.row + 1}`, row: p.row + 1, column: p.column + 1, field: "actor1", old: grid[p.row][p.column], new: p.fixed, reason: "test" }));
          const before = JSON.stringify(standIn.sheet("Incidents").values);
          const writer = new ExcelFixWriter(() => new Date("2026-11-25T00:00:00Z"));
          await writer.apply(changes);
          const edited = new Map<string, StandInCell>();
          for (const edit of edits.filter((e) => e.row < grid.length)) {
            standIn.sheet("Incidents").write(edit.row, edit.column, "typed by a person");
            edited.set(`${edit.row},${edit.column}`, "typed by a person");
          }
          await writer.undoLast();
          const after = standIn.sheet("Incidents").values;
          const original = JSON.parse(before) as StandInCell[][];
          return original.every((row, r) => row.every((cell, c) => (edited.has(`${r},${c}`) ? after[r][c] === "typed by a person" : after[r][c] === cell)));
        } finally {
          uninstall();
        }
      },
    ),
    { numRuns: RUNS, seed: SEED },
  );
});
