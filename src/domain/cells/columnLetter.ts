const cache: string[] = [];

/** The column letters of a 1-based column number: 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetter(column: number): string {
  const cached = cache[column];
  if (cached !== undefined) return cached;
  let n = column;
  let letters = "";
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  cache[column] = letters;
  return letters;
}

/** The 1-based column number of column letters: A → 1, XFD → 16384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

/** The 1-based row and column of a one-cell A1 address ("C5" → row 5, column 3). */
export function cellPosition(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}
