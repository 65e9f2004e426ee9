/** A clustering keyer in OpenRefine's sense: strings with the same key are taken as one. */
export interface Keyer {
  readonly name: string;
  key(text: string): string;
}
