/** Puts exported rows where the user can save them when a host blocks downloads: a new sheet. */
export interface SheetExporter {
  /** Writes the rows to a new sheet (named after `baseName`, made unique) and returns its name. */
  toNewSheet(baseName: string, rows: readonly (readonly string[])[]): Promise<string>;
}
