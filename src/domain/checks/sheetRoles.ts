import { kindFromSheetName, locateTable, mapHeaderRow, TableLayout } from "../headers/locateTable";
import { isDictionarySheet } from "../names/dictionary/workbookDictionary";
import { SheetKind } from "../schema/fieldSpec";
import { SheetGrid } from "../sheetGrid";

/**
 * Which sheet is the incident sheet and which the weapon sheet: by name first (a sheet or
 * one of its tables named Incidents or Weapons, the first of each kind), then by headers
 * (the first other sheet whose header row names a kind not yet found). The names are known
 * before any row; a sheet's headers are read from its first rows (`locateTable` looks at the
 * first 30), so `decide` is asked sheet by sheet, in workbook order, each given its first rows.
 */
export class SheetRoles {
  private readonly named = new Map<number, SheetKind>();
  private readonly found = new Set<SheetKind>();

  constructor(sheets: readonly { name: string; tables?: string[] }[]) {
    sheets.forEach((sheet, index) => {
      if (isDictionarySheet(sheet.name)) return;
      const kind = kindFromSheetName(sheet.name) ?? sheet.tables?.map(kindFromSheetName).find((k) => k !== undefined);
      if (!kind || this.found.has(kind)) return;
      this.named.set(index, kind);
      this.found.add(kind);
    });
  }

  /** The kind and layout of sheet `index` (its first rows in `head`), or undefined for a sheet of neither kind. */
  decide(index: number, head: SheetGrid): { kind: SheetKind; layout: TableLayout } | undefined {
    if (isDictionarySheet(head.name)) return undefined;
    const kind = this.named.get(index);
    // A sheet named as a kind but without a recognisable header row: its first row is taken as the header.
    if (kind) return { kind, layout: locateTable(head, kind) ?? mapHeaderRow(head.values[0] ?? [], kind, 0) };
    const layout = locateTable(head);
    if (!layout || this.found.has(layout.kind)) return undefined;
    this.found.add(layout.kind);
    return { kind: layout.kind, layout };
  }
}
