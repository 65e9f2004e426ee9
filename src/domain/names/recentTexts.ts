/**
 * What was computed for the last few texts, found again by a short linear search: a resolve
 * reads two or three texts (the cell, its parts), and a Map emptied at every resolve would
 * allocate a new table each time. Past `capacity` texts (a dictionary being indexed) the
 * oldest is forgotten; what is forgotten is computed again when asked.
 */
export class RecentTexts<T> {
  private readonly texts: string[] = [];
  private readonly values: T[] = [];
  private next = 0;
  private size = 0;

  constructor(private readonly capacity = 16) {}

  /** The newest first: a resolve asks most for the text it has just read. */
  get(text: string): T | undefined {
    for (let n = 0, i = this.next - 1; n < this.size; n++, i--) {
      if (i < 0) i = this.capacity - 1;
      if (this.texts[i] === text) return this.values[i];
    }
    return undefined;
  }

  set(text: string, value: T): void {
    this.texts[this.next] = text;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.capacity;
    if (this.size < this.capacity) this.size++;
  }

  /** Forgets every text (the slots are reused, nothing is allocated). */
  clear(): void {
    this.size = 0;
    this.next = 0;
  }
}
