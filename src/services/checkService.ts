import { CellValue } from "../domain/cells/cellValue";
import { checkWorkbook, WorkbookCheck } from "../domain/checks/checkWorkbook";
import { WorkbookGrid } from "../domain/sheetGrid";
import { CellBlock, ReadProgress, SheetExtent, WorkbookSource } from "./workbookSource";

/**
 * The application service behind the pane's Check button: read the sheets, check them;
 * and, after an edit, patch the cells read again into what was read and check again,
 * without reading the whole workbook a second time.
 */
export class CheckService {
  private workbook: WorkbookGrid | null = null;

  constructor(private readonly source: WorkbookSource, private readonly today: () => string = () => new Date().toISOString().slice(0, 10)) {}

  /** Reads the workbook through its source and checks it. */
  async check(onProgress?: (progress: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookCheck> {
    this.workbook = await this.source.readWorkbook(onProgress, signal);
    return checkWorkbook(this.workbook, { today: this.today() });
  }

  /** The workbook the last check read (its number formats, far cells and date system, which an export needs); null before a first check. */
  workbookGrid(): WorkbookGrid | null {
    return this.workbook;
  }

  /** The sheets the last check read, by name. */
  sheetNames(): string[] {
    return this.workbook?.sheets.map((sheet) => sheet.name) ?? [];
  }

  /** The last row and column of a sheet as the last check read it (1-based), for reading an edit of whole rows or columns again. */
  extent(sheet: string): SheetExtent | undefined {
    const grid = this.workbook?.sheets.find((candidate) => candidate.name === sheet);
    if (!grid) return undefined;
    const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
    return { lastRow: (grid.startRow ?? 1) + grid.values.length - 1, lastColumn: (grid.startColumn ?? 1) + width - 1 };
  }

  /** Puts cells read again into the last read workbook and checks it again; null before a first check. */
  recheck(blocks: readonly CellBlock[]): WorkbookCheck | null {
    if (!this.workbook) return null;
    for (const block of blocks) patch(this.workbook, block);
    return checkWorkbook(this.workbook, { today: this.today() });
  }
}

function patch(workbook: WorkbookGrid, block: CellBlock): void {
  const grid = workbook.sheets.find((sheet) => sheet.name === block.sheet);
  if (!grid) return;
  const startRow = grid.startRow ?? 1;
  const startColumn = grid.startColumn ?? 1;
  grid.numberFormats ??= [];
  block.values.forEach((row, r) => {
    const index = block.row + r - startRow;
    if (index < 0) return;
    while (grid.values.length <= index) grid.values.push([]);
    while (grid.numberFormats!.length <= index) grid.numberFormats!.push([]);
    row.forEach((value: CellValue, c) => {
      const column = block.column + c - startColumn;
      if (column < 0) return;
      const cells = grid.values[index];
      while (cells.length < column) cells.push("");
      cells[column] = value;
      grid.numberFormats![index][column] = block.numberFormats[r]?.[c] ?? null;
    });
  });
}
