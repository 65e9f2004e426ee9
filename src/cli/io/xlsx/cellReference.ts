/** Excel's last column (XFD) and row. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** The 1-based column of an A1 reference ("AB12" → 28), or 0 where it starts with no letter. */
export function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return column;
}

/** The 1-based row of an A1 reference ("AB12" → 12), or 0 where it has none. */
export function rowOf(reference: string): number {
  let i = 0;
  while (i < reference.length && reference.charCodeAt(i) > 0x39) i++;
  const row = Number(reference.slice(i).replace(/^\$/, ""));
  return Number.isInteger(row) ? row : 0;
}

/** A range reference ("A1:T27", or "A1" for one cell) as its corners, or undefined. */
export function parseRange(reference: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to = from] = reference.replace(/\$/g, "").split(":");
  const top = rowOf(from);
  const left = columnOf(from);
  const bottom = rowOf(to);
  const right = columnOf(to);
  if (!top || !left || !bottom || !right) return undefined;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** A column's letters (28 → "AB"). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
