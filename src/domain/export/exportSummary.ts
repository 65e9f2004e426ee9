import { columnLetter } from "../cells/columnLetter";
import type { ExportCounts } from "./exportSheet";
import { countOf, formatCount } from "../text/formatCount";

/**
 * The parts of an export's one-line summary that say which of the user's columns were kept
 * and what else was left out and why, shared by the command line and the task pane so that
 * both word it alike. Counts with thousands separators, singular and plural right.
 */

/** Names shown before "and N more": enough to recognise the columns, short enough for one line. */
const SHOWN = 5;

/** `3 columns of your own kept (region_code, analyst, Notes 2)`, or undefined when none was. */
export function keptColumnsText(counts: Pick<ExportCounts, "userColumns">): string | undefined {
  const names = counts.userColumns.map((column) => column.name);
  if (names.length === 0) return undefined;
  return `${countOf(names.length, "column")} of your own kept (${shortList(names)})`;
}

/**
 * What the export left out beyond rows, each with its reason: the user's columns under
 * `schemaOnly` (`schemaOnlyReason` names the option, as `--schema-only`), and the values in
 * columns without a header, which no CSV column can hold.
 */
export function leftOutTexts(counts: Pick<ExportCounts, "headerless" | "userColumnsLeftOut">, schemaOnlyReason: string): string[] {
  const parts: string[] = [];
  if (counts.userColumnsLeftOut > 0) parts.push(`${countOf(counts.userColumnsLeftOut, "column")} of your own (${schemaOnlyReason})`);
  if (counts.headerless.length > 0) {
    const values = counts.headerless.reduce((sum, column) => sum + column.count, 0);
    const letters = counts.headerless.map((column) => columnLetter(column.column));
    parts.push(`${countOf(values, "value")} in ${countOf(letters.length, "column")} without a header (${shortList(letters)})`);
  }
  return parts;
}

function shortList(items: readonly string[]): string {
  return items.length <= SHOWN ? items.join(", ") : `${items.slice(0, SHOWN).join(", ")} and ${formatCount(items.length - SHOWN)} more`;
}
