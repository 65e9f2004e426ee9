/**
 * A text attached to a cell: a note (ExcelApi 1.18) where the host has notes, else a
 * threaded comment (1.10), else nothing (fills only).
 */
export type AnnotationKind = "notes" | "comments" | "none";

export interface Annotation {
  content: string;
  delete(): void;
}

const NOTES_PER_SYNC = 2_000;

/** `sheet \u0000 address` → the cell's note or comment (absent where there is none). */
export type AnnotationMap = Map<string, Annotation>;

export const cellKey = (sheet: string, address: string) => `${sheet}\u0000${address}`;

/**
 * The notes or comments of the given cells, with their content loaded. Notes are looked up
 * cell by cell (the notes API has no other way), in batches; comments are loaded once for
 * the whole workbook with their cells (comments are few, and have no look-up by cell that
 * does not throw).
 */
export async function readAnnotations(context: Excel.RequestContext, kind: AnnotationKind, cells: readonly { sheet: string; address: string }[]): Promise<AnnotationMap> {
  const found: AnnotationMap = new Map();
  if (kind === "notes") {
    for (let start = 0; start < cells.length; start += NOTES_PER_SYNC) {
      const batch = cells.slice(start, start + NOTES_PER_SYNC).map((cell) => {
        const note = context.workbook.worksheets.getItem(cell.sheet).notes.getItemOrNullObject(cell.address);
        note.load("content");
        return { cell, note };
      });
      await context.sync();
      for (const { cell, note } of batch) if (!note.isNullObject) found.set(cellKey(cell.sheet, cell.address), note);
    }
  } else if (kind === "comments") {
    const wanted = new Set(cells.map((cell) => cellKey(cell.sheet, cell.address)));
    const comments = context.workbook.comments;
    comments.load("items/content");
    await context.sync();
    const located = comments.items.map((comment) => {
      const location = comment.getLocation();
      location.load("address");
      return { comment, location };
    });
    await context.sync();
    for (const { comment, location } of located) {
      const [sheet, address] = splitQualified(location.address);
      if (wanted.has(cellKey(sheet, address))) found.set(cellKey(sheet, address), comment);
    }
  }
  return found;
}

/** Puts a new note or comment on a cell. */
export function addAnnotation(context: Excel.RequestContext, kind: AnnotationKind, sheet: string, address: string, content: string): void {
  if (kind === "comments") context.workbook.comments.add(`'${sheet.replace(/'/g, "''")}'!${address}`, content);
  else if (kind === "notes") context.workbook.worksheets.getItem(sheet).notes.add(address, content);
}

/** "'My sheet'!C5" or "Sheet1!C5" → ["My sheet", "C5"]. */
function splitQualified(address: string): [string, string] {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return [sheet, address.slice(bang + 1).replace(/\$/g, "")];
}
