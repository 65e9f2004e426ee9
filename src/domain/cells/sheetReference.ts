/**
 * A sheet's name as a formula or the name box writes it: bare where Excel leaves it bare
 * (letters, digits, underscores and dots, not starting with a digit, not readable as a cell
 * such as A1 or R1C1), otherwise in single quotes with any quote in it doubled: 'My sheet'.
 */
export function quotedSheetName(sheet: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^(R\d*C?\d*|C\d*)$/i.test(sheet);
  return bare ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A cell or range of a sheet as Excel writes it: Incidents!A1, 'My sheet'!A1, 'O''Brien'!B2. */
export function sheetReference(sheet: string, address: string): string {
  return `${quotedSheetName(sheet)}!${address}`;
}
