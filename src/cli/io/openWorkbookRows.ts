import { SheetRowSource, WorkbookRowSource } from "../../domain/sheetStream";
import { openCsvRows } from "./csv/openCsvRows";
import { UnreadableCsvError } from "./csv/unreadableCsvError";
import { fileKind, UnreadableFileError } from "./readWorkbookFile";
import { openXlsxRows } from "./xlsx/openXlsxRows";

/** A workbook file opened as row streams, with a way to let go of it. */
export interface OpenedWorkbook extends WorkbookRowSource {
  close(): void;
}

/**
 * Opens an .xlsx or .csv file as row streams, for a check that never holds the sheet
 * (`curate check` on a file of any size): an .xlsx by its package (src/cli/io/xlsx), a CSV
 * chunk by chunk (src/cli/io/csv). Whatever the readers find wrong, on opening or while the
 * rows are read, is an `UnreadableFileError`: one line, exit 2. `keepBudget`: what a sheet's
 * first pass may keep for the next (see `KeptPass`); 0 for a reader that reads each row once.
 */
export async function openWorkbookRows(path: string, options: { keepBudget?: number } = {}): Promise<OpenedWorkbook> {
  const kind = fileKind(path);
  if (!kind) throw new UnreadableFileError(`${path}: not an .xlsx or .csv file`);
  if (kind === "xlsx") return openXlsxRows(path, options);
  let sheet: SheetRowSource;
  try {
    sheet = await openCsvRows(path, options);
  } catch (error) {
    throw asUnreadable(error);
  }
  return { sheets: [withReadErrors(sheet)], close: () => undefined };
}

/** A CSV's rows, its reader's refusals met while reading (an unclosed quote on row 1,204) made the command line's. */
function withReadErrors(sheet: SheetRowSource): SheetRowSource {
  return {
    ...sheet,
    name: sheet.name,
    rows: async function* () {
      try {
        yield* sheet.rows();
      } catch (error) {
        throw asUnreadable(error);
      }
    },
    hiddenRows: sheet.hiddenRows?.bind(sheet),
    decoding: sheet.decoding?.bind(sheet),
    outlyingCells: sheet.outlyingCells?.bind(sheet),
  };
}

function asUnreadable(error: unknown): unknown {
  return error instanceof UnreadableCsvError ? new UnreadableFileError(error.message) : error;
}
