import { columnLetter } from "../cells/columnLetter";
import { TableLayout } from "../headers/locateTable";
import { Issue, makeIssue } from "../issues/issue";
import { SheetGrid, TextDecoding } from "../sheetGrid";
import { formatCount } from "../text/formatCount";

const WHY: Record<TextDecoding["encoding"], string> = {
  "utf-8": "its bytes are not valid UTF-8, though the rest of the file is",
  "windows-1252": "its bytes (0x81, 0x8D, 0x8F, 0x90 or 0x9D) are no character in Windows-1252, the encoding the file was read in",
  "utf-16le": "its bytes are no UTF-16 character (half a surrogate pair, or a last odd byte)",
  "utf-16be": "its bytes are no UTF-16 character (half a surrogate pair, or a last odd byte)",
};

/**
 * Findings of the reader's decoding: each damaged cell, so that a person can retype it
 * (the other cells were read intact), and a note on a file read as Windows-1252 at the first
 * cell that decoding changes, where a wrong guess (a Mac or an Arabic code page) shows.
 */
export function reportDecoding(grid: SheetGrid, layout: TableLayout | undefined, issues: Issue[]): void {
  const decoding = grid.decoding;
  if (!decoding) return;
  const startRow = grid.startRow ?? 1;
  const startColumn = grid.startColumn ?? 1;
  const fieldAt = (column: number) => layout?.columns.find(({ index }) => index === column - startColumn)?.spec.field ?? null;
  const valueAt = (row: number, column: number) => grid.values[row - startRow]?.[column - startColumn] ?? "";

  for (const { row, column, count } of decoding.damagedCells) {
    const what = count === 1 ? "1 character of this cell could not be read" : `${count} characters of this cell could not be read`;
    issues.push(
      makeIssue(
        { sheet: grid.name, row, column: columnLetter(column), field: fieldAt(column) },
        "bad-encoding",
        `${what}: ${WHY[decoding.encoding]}. ${count === 1 ? "It is" : "Each is"} shown as \ufffd; retype ${count === 1 ? "it" : "them"}, or save the file again as CSV UTF-8 from the program that wrote it.`,
        valueAt(row, column),
      ),
    );
  }

  if (decoding.encoding === "windows-1252") {
    const at = decoding.firstNonAscii;
    const notUtf8 = decoding.notUtf8 ?? 0;
    const utf8 = decoding.utf8 ?? 0;
    const evidence = `${formatCount(notUtf8)} of its ${formatCount(notUtf8 + utf8)} non-ASCII characters are not valid UTF-8`;
    const mixed = utf8 > 0 ? ` ${formatCount(utf8)} of them ${utf8 === 1 ? "is" : "are"} valid UTF-8: if the file mixes two encodings, those show as two characters each (Ã© for é).` : "";
    issues.push(
      makeIssue(
        { sheet: grid.name, row: at?.row ?? startRow, column: at ? columnLetter(at.column) : null, field: at ? fieldAt(at.column) : null },
        "legacy-encoding",
        `The file is not UTF-8 (${evidence}): it was read as Windows-1252, as Excel's "CSV (Comma delimited)" writes it on Windows.${mixed} If the letters of ${at ? "this cell, the first that holds one," : "the file"} look wrong (a file from a Mac, or in Arabic or Cyrillic), save the file as CSV UTF-8 and check it again.`,
        at ? valueAt(at.row, at.column) : "",
      ),
    );
  }
}
