/**
 * When a cell lies too far right to widen its row (it goes into the sheet's outlying cells
 * instead). A row is held densely, every column up to its last cell, so that one stray value
 * in column XFD would make it 16,384 cells wide; 10,000 such rows are 164 million cells.
 *
 * The rule: a cell is far when it lies beyond column 64 (BL) and more than 64 columns beyond
 * the row's previous dense cell; from that cell on, the rest of the row's cells are far too.
 * 64 columns is twice the widest real incident sheet (ACLED's export has 31 columns), so no
 * data table is cut, and a gap of 64 empty columns is never layout. Since every dense cell
 * lies within 64 columns of the one before it, a row holds at most 64 slots per cell the file
 * has: memory follows the cells, never their span.
 */
export const FAR_COLUMN = 64;
export const FAR_GAP = 64;

export function isFarCell(column: number, previousDenseColumn: number): boolean {
  return column > FAR_COLUMN && column - previousDenseColumn > FAR_GAP;
}
