import { ownString } from "./ownString";

/**
 * One kept copy of each distinct text, for a check that keeps many rows' values until the
 * end of a sheet (a sheet that may be monadic): a column's dates, places, types and names
 * repeat across its rows, and each row then holds a reference to the pool's copy rather than
 * a copy of its own (`ownString`: never a view into the reader's text).
 */
export class StringPool {
  private readonly copies = new Map<string, string>();

  own(text: string): string {
    let copy = this.copies.get(text);
    if (copy === undefined) {
      copy = ownString(text);
      this.copies.set(copy, copy);
    }
    return copy;
  }
}
