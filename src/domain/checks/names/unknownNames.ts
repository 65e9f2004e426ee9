import { Resolution } from "../../names/resolution";
import { CheckedRow, RowReport } from "../sheetCheck";
import { formatCount } from "../../text/formatCount";

const SHOWN_CELLS = 5;

/**
 * Names the dictionary does not know and nothing known is close to: one `unknown-name`
 * info per distinct name of the sheet, at its first cell, with how many cells hold it and
 * where the first ones are (not a warning per cell: most names in a real sheet are simply
 * not in any dictionary), with the names that share its first words as candidates. A known
 * name refused (context, a typo of a context-dependent name) stays a warning on its cell.
 */
export class UnknownNames {
  private readonly byName = new Map<string, { resolution: Resolution; first: { row: CheckedRow; field: string }; cells: string[]; count: number }>();

  constructor(private readonly kind: "actor" | "weapon") {}

  /** Takes an unknown name without candidates (true), or leaves the resolution to the caller (false). */
  collect(resolution: Resolution, row: CheckedRow, field: string, keep: (row: CheckedRow) => CheckedRow = (r) => r): boolean {
    if (resolution.status !== "unknown" || !resolution.notInDictionary) return false;
    const key = resolution.raw.trim();
    const known = this.byName.get(key);
    if (known) {
      known.count++;
      if (known.cells.length < SHOWN_CELLS) known.cells.push(`${field} row ${row.row}`);
      return true;
    }
    this.byName.set(key, { resolution, first: { row: keep(row), field }, cells: [`${field} row ${row.row}`], count: 1 });
    return true;
  }

  report(report: RowReport): void {
    for (const [name, { resolution, first, cells, count }] of this.byName) {
      const where = count === 1 ? "in 1 cell" : `in ${formatCount(count)} cells (${cells.join(", ")}${count > cells.length ? ", …" : ""})`;
      const candidates = resolution.candidates.length > 0 ? ` Names that share its first words: ${resolution.candidates.join("; ")}.` : "";
      report(first.row, first.field, "unknown-name", `Unknown ${this.kind} "${name}", ${where}: ${resolution.reason}${candidates} Add it to the Curation dictionary sheet if it is another name of a known ${this.kind}.`, undefined, resolution.candidates, undefined, "info");
    }
  }
}
