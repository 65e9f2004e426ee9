import { ownString } from "./ownString";

/**
 * Each distinct text kept once, as its own copy (`ownString`: never a view into the reader's
 * text), under a number: for tables that hold texts as numbers in typed arrays.
 */
export class NumberedStrings {
  private readonly texts: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The text's number, the text kept where it is new. */
  number(text: string): number {
    let number = this.numbers.get(text);
    if (number === undefined) {
      const own = ownString(text);
      number = this.texts.length;
      this.texts.push(own);
      this.numbers.set(own, number);
    }
    return number;
  }

  /** The text kept under a number. */
  text(number: number): string {
    return this.texts[number];
  }
}
