/** @jest-environment ./test/support/excel/host/officeJsEnvironment.ts */
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { decisionFor } from "../../src/domain/names/dictionary/decision";
import { DICTIONARY_SHEET_NAME } from "../../src/domain/names/dictionary/workbookDictionary";
import { ExcelDictionaryWriter } from "../../src/excel/excelDictionary";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { CheckService } from "../../src/services/checkService";
import { ExcelStandIn } from "../support/excel/standIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { brief, TODAY } from "../support/rows";

const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

test("decisions are remembered in the Curation dictionary sheet and change the next check", async () => {
  const standIn = new ExcelStandIn(standInSheetsOf((await readWorkbookFile(SAMPLE)).sheets));
  uninstall = standIn.install();
  const service = new CheckService(new ExcelWorkbookSource(), () => TODAY);
  const first = await service.check();
  const find = (cell: string, code: string) => first.issues.find((i) => `${i.sheet}!${i.column}${i.row}` === cell && i.code === code)!;
  const notSame = decisionFor(find("Incidents!H24", "non-canonical"), { relation: "different", canonical: "Military Forces of Nigeria" }, "2026-11-25")!;
  const ownName = decisionFor(find("Weapons!B15", "unknown-name"), { relation: "same", canonical: "BM-21" }, "2026-11-25")!;
  await new ExcelDictionaryWriter().append([notSame, ownName]);
  expect(standIn.sheet(DICTIONARY_SHEET_NAME).values).toEqual([
    ["kind", "canonical", "alias", "country", "relation", "note"],
    ["actor", "Military Forces of Nigeria", "Nigerian army", "", "different", "ruled out from Incidents!H24 on 2026-11-25"],
    ["weapon", "BM-21", "", "", "same", "added from Weapons!B15 on 2026-11-25"],
  ]);
  const second = await service.check();
  expect(brief(second)).toContain("Incidents!H24 unknown-name");
  expect(brief(second)).not.toContain("Weapons!B15 unknown-name");
  // A second decision appends below the first.
  await new ExcelDictionaryWriter().append([decisionFor(find("Incidents!F25", "ambiguous-name"), { relation: "same", canonical: "Islamic State Sahel Province" }, "2026-11-25")!]);
  expect(standIn.sheet(DICTIONARY_SHEET_NAME).values).toHaveLength(4);
});
