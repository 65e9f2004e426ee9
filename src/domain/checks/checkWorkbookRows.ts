import { SheetRowSource, WorkbookRowSource } from "../sheetStream";
import { checkRun, RowVisit, SheetAccess } from "./checkRun";
import { CheckOptions, Summary } from "./checkWorkbook";
import { Issue } from "../issues/issue";

/**
 * Checks a workbook read as row streams (`curate check` on files too large to hold): the
 * same findings, in the same order, and the same summary as `checkWorkbook` on the gathered
 * grids, holding only what each check needs across rows, never the sheet's rows. Each
 * sheet's `rows()` is read at most twice: a first pass, then the check pass (see `checkRun`).
 */
export async function checkWorkbookRows(source: WorkbookRowSource, options: CheckOptions = {}): Promise<{ issues: Issue[]; summary: Summary }> {
  const sheets = source.sheets;
  const run = checkRun(sheets.map(streamAccess), source.date1904 ?? false, options, false);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return { issues: step.value.issues, summary: step.value.summary };
    await readRows(sheets[step.value.sheet], step.value.visit);
  }
}

function streamAccess(source: SheetRowSource): SheetAccess {
  return {
    name: source.name,
    ...(source.tables?.length ? { tables: source.tables } : {}),
    startRow: 1,
    startColumn: source.startColumn ?? 1,
    hiddenRows: () => source.hiddenRows?.(),
    decoding: () => source.decoding?.(),
    outlyingCells: () => source.outlyingCells?.(),
    mayHaveDecoding: source.decoding !== undefined,
  };
}

/** Hands every row of a source to `visit`, by its index from 0; a gap between batches is empty rows (as `gatherSheet` reads them). */
async function readRows(source: SheetRowSource, visit: RowVisit): Promise<void> {
  let next = 0;
  for await (const batch of source.rows()) {
    const first = batch.startRow - 1;
    for (; next < first; next++) if (visit(next, [], undefined) === false) return;
    const { values, numberFormats } = batch;
    for (let i = 0; i < values.length; i++) if (visit(first + i, values[i], numberFormats?.[i]) === false) return;
    next = first + values.length;
  }
}
