import { extname } from "node:path";
import { WorkbookGrid } from "../../domain/sheetGrid";
import { gatherSheet } from "../../domain/sheetStream";
import { openCsvRows } from "./csv/openCsvRows";
import { UnreadableCsvError } from "./csv/unreadableCsvError";
import { readXlsxGrid } from "./xlsx/readXlsxGrid";

/** A file that could not be read, with a message for one line of stderr. */
export class UnreadableFileError extends Error {}

export type FileKind = "xlsx" | "csv";

/** The kind of a file by its extension, or undefined. */
export function fileKind(path: string): FileKind | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  return undefined;
}

/** Reads an .xlsx or .csv file into plain values, as the add-in reads a workbook from Excel. */
export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  const kind = fileKind(path);
  if (!kind) throw new UnreadableFileError(`${path}: not an .xlsx or .csv file`);
  // An .xlsx is read as a stream from its path (src/cli/io/xlsx), never whole into memory.
  if (kind === "xlsx") return readXlsxGrid(path);
  return readCsv(path);
}

/** A CSV file read as a stream (src/cli/io/csv) and gathered into one sheet. */
async function readCsv(path: string): Promise<WorkbookGrid> {
  try {
    // One pass, into a grid: nothing to keep for another.
    return { sheets: [await gatherSheet(await openCsvRows(path, { keepBudget: 0 }))] };
  } catch (error) {
    if (error instanceof UnreadableCsvError) throw new UnreadableFileError(error.message);
    throw error;
  }
}

