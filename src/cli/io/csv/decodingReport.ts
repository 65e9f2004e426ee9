import { TextDecoding } from "../../../domain/sheetGrid";
import { EncodingDecision } from "./encodingSurvey";

const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * What the checks are told about a CSV file's decoding, gathered batch by batch as the rows
 * are read: each damaged cell (its markers turned into U+FFFD here, where the cell is
 * known) and, for a file read as Windows-1252, the evidence and the first cell it shows in.
 * A file that was simply text gets no report.
 */
export class DecodingReport {
  private readonly damagedCells: TextDecoding["damagedCells"] = [];
  private firstNonAscii: { row: number; column: number } | undefined;

  constructor(private readonly decision: EncodingDecision) {}

  /**
   * Repairs and notes the cells of rows parsed from `text`, the first being sheet row
   * `firstRow`. The text says cheaply (a native search) whether the rows need a look at all.
   */
  inspect(rows: string[][], firstRow: number, text: string): void {
    const { marker } = this.decision;
    if (this.decision.damaged && text.includes(marker)) {
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          if (!cell.includes(marker)) continue;
          const parts = cell.split(marker);
          this.damagedCells.push({ row: firstRow + r, column: c + 1, count: parts.length - 1 });
          row[c] = parts.join("\ufffd");
        }
      }
    }
    if (this.decision.encoding === "windows-1252" && !this.firstNonAscii && NON_ASCII.test(text)) {
      for (let r = 0; r < rows.length && !this.firstNonAscii; r++) {
        const c = rows[r].findIndex((cell) => NON_ASCII.test(cell));
        if (c >= 0) this.firstNonAscii = { row: firstRow + r, column: c + 1 };
      }
    }
  }

  result(): TextDecoding | undefined {
    const { encoding } = this.decision;
    const damagedCells = [...this.damagedCells];
    if (encoding !== "windows-1252") return damagedCells.length ? { encoding, damagedCells } : undefined;
    return { encoding, damagedCells, notUtf8: this.decision.invalidUtf8Sequences, utf8: this.decision.utf8Sequences, firstNonAscii: this.firstNonAscii };
  }
}
