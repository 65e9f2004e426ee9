/**
 * A string that shares no storage with a larger one. A reader's cells are substrings of the
 * text it decoded (a CSV's 1 MiB chunks): V8 keeps a substring of 13 characters or more as a
 * view into its parent, so one finding's value kept until the end of a check keeps its whole
 * chunk alive, and findings spread over a 3,000,000-row file kept every chunk (measured: a
 * 771 MB CSV's check peaked at 2.2 GB). What a check keeps beyond its row is made its own.
 */
export function ownString(text: string): string {
  // Joined with one character and cut again: the join builds a new flat string, and the cut views that one alone.
  return text.length < 13 ? text : [text, " "].join("").slice(0, -1);
}
