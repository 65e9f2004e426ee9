/** @jest-environment ./test/support/excel/host/officeJsEnvironment.ts */
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { FLAG_COLORS, NOTE_PREFIX, planFlags } from "../../src/domain/flags/flagPlan";
import { ExcelFlagWriter } from "../../src/excel/excelFlags";
import { FLAG_RECORD_NAMESPACE } from "../../src/excel/flagRecord";
import { describeExcelError } from "../../src/excel/excelErrors";
import { ExcelStandIn, StandInOptions } from "../support/excel/standIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { generateWorkbook } from "../support/generateWorkbook";
import { TODAY } from "../support/rows";

const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

/** The sample workbook in an Excel with notes (ExcelApi 1.18, and the notes API in office.js as the CDN serves it). */
async function sampleSetUp(options: StandInOptions = { notesApi: true }) {
  const workbook = await readWorkbookFile(SAMPLE);
  const standIn = new ExcelStandIn(standInSheetsOf(workbook.sheets), options);
  uninstall = standIn.install();
  const issues = checkWorkbook(workbook, { today: TODAY }).issues;
  return { standIn, issues };
}

/** Everything a user could see of a sheet: values, fills and notes. */
function snapshot(standIn: ExcelStandIn, sheet: string) {
  const s = standIn.sheet(sheet);
  return { values: JSON.stringify(s.values), fills: [...s.fills].sort(), notes: [...s.notes].sort() };
}

test("flags every issue's cell with its severity's fill and a note, and never touches a value", async () => {
  const { standIn, issues } = await sampleSetUp();
  const before = snapshot(standIn, "Incidents");
  const report = await new ExcelFlagWriter({ annotations: "notes" }).flag(issues);
  const flags = planFlags(issues);
  expect(report.cells).toBe(flags.length);
  const incidents = standIn.sheet("Incidents");
  expect(JSON.stringify(incidents.values)).toBe(before.values);
  expect(incidents.fill(11, 3)).toBe(FLAG_COLORS.error); // D12: enum
  expect(incidents.fill(12, 4)).toBe(FLAG_COLORS.warning); // E13: inconsistent
  expect(incidents.fill(2, 18)).toBe(FLAG_COLORS.info); // S3: unknown column
  expect(incidents.fill(3, 0)).toBe("#FFFFFF"); // A4: a clean cell
  expect(incidents.notes.get("D12")).toMatch(new RegExp(`^${NOTE_PREFIX}\\nerror · enum: "Battle" is not an allowed event type.*→ Battles$`));
  // The record is in the workbook's custom XML, not in a sheet.
  expect(standIn.customXmlParts.map((part) => part.xml.includes(FLAG_RECORD_NAMESPACE))).toEqual([true]);
  expect(standIn.sheets.map((sheet) => sheet.name)).toEqual(["Incidents", "Weapons"]);
});

test("Clear flags restores exactly the user's own fills and notes", async () => {
  const { standIn, issues } = await sampleSetUp();
  const incidents = standIn.sheet("Incidents");
  incidents.setFill(11, 3, "#00B050"); // the user's green on D12, which gets flagged
  incidents.setFill(3, 0, "#FFC000"); // and orange on a clean cell
  incidents.notes.set("D12", "checked with the source on 3 June");
  const before = { incidents: snapshot(standIn, "Incidents"), weapons: snapshot(standIn, "Weapons") };
  const writer = new ExcelFlagWriter({ annotations: "notes" });
  await writer.flag(issues);
  expect(incidents.fill(11, 3)).toBe(FLAG_COLORS.error);
  expect(incidents.notes.get("D12")).toContain("checked with the source on 3 June");
  await writer.flag(issues); // flagging again must not stack on the add-in's own flags
  const restored = await writer.clear();
  expect(restored).toBe(planFlags(issues).length);
  expect({ incidents: snapshot(standIn, "Incidents"), weapons: snapshot(standIn, "Weapons") }).toEqual(before);
  expect(standIn.customXmlParts).toEqual([]);
});

test("a note the user wrote over a flag is left alone by Clear", async () => {
  const { standIn, issues } = await sampleSetUp();
  const writer = new ExcelFlagWriter({ annotations: "notes" });
  await writer.flag(issues);
  standIn.sheet("Incidents").notes.set("K21", "my own remark");
  await writer.clear();
  expect(standIn.sheet("Incidents").notes.get("K21")).toBe("my own remark");
});

test("without notes (Excel before 1.18): fills only, restored all the same", async () => {
  const { standIn, issues } = await sampleSetUp();
  const before = snapshot(standIn, "Incidents");
  const writer = new ExcelFlagWriter({ annotations: "none" });
  expect((await writer.flag(issues)).annotations).toBe("none");
  expect(standIn.sheet("Incidents").notes.size).toBe(0);
  await writer.clear();
  expect(snapshot(standIn, "Incidents")).toEqual(before);
});

test("with comments only (Excel 1.10–1.17): our comments come and go, a user's own comment is never written into", async () => {
  const { standIn, issues } = await sampleSetUp();
  standIn.comments.set("Incidents!D12", "Asked the source about this event type.");
  const writer = new ExcelFlagWriter({ annotations: "comments" });
  expect((await writer.flag(issues)).annotations).toBe("comments");
  expect(standIn.comments.get("Incidents!D12")).toBe("Asked the source about this event type.");
  expect(standIn.comments.get("Incidents!K21")).toMatch(/^Incident Curator\nwarning · non-canonical/);
  expect(standIn.comments.size).toBe(planFlags(issues).length);
  await writer.clear();
  expect([...standIn.comments]).toEqual([["Incidents!D12", "Asked the source about this event type."]]);
});

test("100,000 rows with thousands of flagged cells: syncs and calls grow with the payload, not with the cells", async () => {
  const generated = generateWorkbook(100_000, 100_000);
  const issues = checkWorkbook(generated, { today: TODAY }).issues;
  const flags = planFlags(issues);
  const standIn = new ExcelStandIn(standInSheetsOf(generated.sheets));
  uninstall = standIn.install();
  await new ExcelFlagWriter({ annotations: "none" }).flag(issues);
  const fills = { ...standIn.counts };
  expect(fills.calls).toBeLessThan(flags.length / 5);
  // Requests follow the bytes (about 1.5 MB or more each, plus a few fixed ones), not the 13,831 cells.
  const bytes = fills.payloadBytes.reduce((a, b) => a + b, 0);
  expect(fills.syncs).toBeLessThan(Math.ceil(bytes / (1.5 * 1024 * 1024)) + 10);
  expect(fills.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
  console.log(`${flags.length.toLocaleString("en")} flagged cells in 100k+100k rows, fills only: ${fills.syncs} syncs, ${fills.calls} calls, largest request ${(fills.maxPayloadBytes / 1048576).toFixed(2)} MB`);
});

test("a flag goes to its cell: the sheet is activated and the cell selected", async () => {
  const { standIn } = await sampleSetUp();
  await new ExcelFlagWriter({ annotations: "notes" }).select("Weapons", "C16");
  expect(standIn.activeSheet).toBe("Weapons");
  expect(standIn.selection).toEqual({ sheet: "Weapons", address: "Weapons!C16" });
});

test("a protected sheet: the failure is told in plain words", async () => {
  const { standIn, issues } = await sampleSetUp();
  standIn.protectedSheets.add("Incidents");
  const failure = await new ExcelFlagWriter({ annotations: "notes" }).flag(issues).catch((error: unknown) => error);
  expect(describeExcelError(failure)).toMatch(/protected/);
});

test("hasFlags: none in a fresh workbook, there once flagged (as in a later session, by a writer of its own), none once cleared", async () => {
  const { issues } = await sampleSetUp();
  expect(await new ExcelFlagWriter({ annotations: "notes" }).hasFlags()).toBe(false);
  await new ExcelFlagWriter({ annotations: "notes" }).flag(issues);
  const later = new ExcelFlagWriter({ annotations: "notes" });
  expect(await later.hasFlags()).toBe(true);
  expect(await later.clear()).toBeGreaterThan(0);
  expect(await later.hasFlags()).toBe(false);
});
