import { columnLetter } from "../domain/cells/columnLetter";
import { SheetExporter } from "../services/exportService";
import { runExcel } from "./excelRun";

const ROWS_PER_SYNC = 5_000;

/** Writes exported rows into a new sheet of the workbook, as text, in chunks; for hosts that block downloads. */
export class ExcelSheetExporter implements SheetExporter {
  async toNewSheet(baseName: string, rows: readonly (readonly string[])[]): Promise<string> {
    return runExcel(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      let name = baseName.slice(0, 31);
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${baseName.slice(0, 27)} (${n})`;
      const sheet = sheets.add(name);
      const width = Math.max(1, ...rows.map((row) => row.length));
      for (let start = 0; start < rows.length; start += ROWS_PER_SYNC) {
        const chunk = rows.slice(start, start + ROWS_PER_SYNC).map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
        const range = sheet.getRange(`A${start + 1}:${columnLetter(width)}${start + chunk.length}`);
        // Text format first, so that Excel keeps "0012" and ISO dates as the CSV has them.
        range.numberFormat = chunk.map((row) => row.map(() => "@"));
        range.values = chunk;
        await context.sync();
      }
      return name;
    });
  }
}
