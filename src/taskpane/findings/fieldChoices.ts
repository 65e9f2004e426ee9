import type { Issue } from "../../domain/issues/issue";
import { fieldLabel, type ColumnHeaders } from "../../domain/headers/columnHeaders";

/** One choice of the field menu: a field of one sheet, under the header that sheet writes for it. */
export interface FieldChoice {
  /** The menu's value for it: sheet and field, apart. */
  value: string;
  sheet: string;
  field: string;
  label: string;
  count: number;
}

/** The menu's value of a sheet's field. */
export function fieldChoiceValue(sheet: string, field: string): string {
  return `${sheet}\u0001${field}`;
}

/**
 * The fields the findings are about, by sheet in the order the sheets first appear, each
 * sheet's fields in order of their labels; each under the sheet's own header where it is
 * known, else under the schema's label ("Event date"), with how many findings it has.
 */
export function fieldChoices(issues: readonly Issue[], headers?: ColumnHeaders): { sheet: string; choices: FieldChoice[] }[] {
  const bySheet = new Map<string, Map<string, FieldChoice>>();
  for (const issue of issues) {
    if (!issue.field) continue;
    let fields = bySheet.get(issue.sheet);
    if (!fields) bySheet.set(issue.sheet, (fields = new Map()));
    const choice = fields.get(issue.field);
    if (choice) choice.count++;
    else fields.set(issue.field, { value: fieldChoiceValue(issue.sheet, issue.field), sheet: issue.sheet, field: issue.field, label: headers?.get(issue.sheet)?.get(issue.field) ?? fieldLabel(issue.field), count: 1 });
  }
  return [...bySheet].map(([sheet, fields]) => ({ sheet, choices: [...fields.values()].sort((a, b) => a.label.localeCompare(b.label, "en")) }));
}
