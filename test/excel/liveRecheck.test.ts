/** @jest-environment ./test/support/excel/host/officeJsEnvironment.ts */
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { ExcelFlagWriter } from "../../src/excel/excelFlags";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { ExcelLiveSource } from "../../src/excel/excelLiveSource";
import { CheckService } from "../../src/services/checkService";
import { FLAG_COLORS } from "../../src/domain/flags/flagPlan";
import { ExcelStandIn } from "../support/excel/standIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { brief, TODAY } from "../support/rows";

const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

test("an edit is seen, only the edited cells are read again, and findings that depend on other rows follow", async () => {
  const standIn = new ExcelStandIn(standInSheetsOf((await readWorkbookFile(SAMPLE)).sheets));
  uninstall = standIn.install();
  const service = new CheckService(new ExcelWorkbookSource(), () => TODAY);
  const live = new ExcelLiveSource();
  const first = await service.check();
  expect(brief(first)).toContain("Incidents!A18 duplicate-id");
  const edits: string[] = [];
  const stop = await live.watch(["Incidents", "Weapons"], (change) => edits.push(`${change.sheet}!${change.address}`));

  standIn.edit("Incidents", "A18", [["BFA1099"]]); // the duplicate ID made unique
  standIn.edit("Incidents", "D12", [["Battles"]]); // the enum error corrected
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(edits).toEqual(["Incidents!A18", "Incidents!D12"]);

  const calls = standIn.counts.calls;
  const blocks = [await live.readCells("Incidents", "A18"), await live.readCells("Incidents", "D12")];
  expect(standIn.counts.calls - calls).toBe(2); // one read of the cells for each edit: no sheet read again
  const second = service.recheck(blocks)!;
  expect(brief(second)).not.toContain("Incidents!A18 duplicate-id");
  expect(brief(second)).not.toContain("Incidents!D12 enum");
  expect(brief(first).length - brief(second).length).toBe(2);
  await stop();
  standIn.edit("Incidents", "D12", [["Battle"]]);
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(edits).toHaveLength(2);
});

test("flags follow a re-check: only changed cells are touched, and they get back what they had", async () => {
  const standIn = new ExcelStandIn(standInSheetsOf((await readWorkbookFile(SAMPLE)).sheets), { notesApi: true });
  uninstall = standIn.install();
  standIn.sheet("Incidents").setFill(11, 3, "#00B050");
  const service = new CheckService(new ExcelWorkbookSource(), () => TODAY);
  const flags = new ExcelFlagWriter({ annotations: "notes" });
  const first = await service.check();
  await flags.flag(first.issues);
  standIn.edit("Incidents", "D12", [["Battles"]]);
  const second = service.recheck([await new ExcelLiveSource().readCells("Incidents", "D12")])!;
  const calls = standIn.counts.calls;
  await flags.update(second.issues);
  expect(standIn.sheet("Incidents").fill(11, 3)).toBe("#00B050");
  expect(standIn.sheet("Incidents").notes.has("D12")).toBe(false);
  expect(standIn.sheet("Incidents").fill(12, 4)).toBe(FLAG_COLORS.warning);
  expect(standIn.counts.calls - calls).toBeLessThan(40);
  // Clear after an update still restores everything the user had.
  await flags.clear();
  expect(standIn.sheet("Incidents").fills.size).toBe(1);
  expect(standIn.sheet("Incidents").notes.size).toBe(0);
});
