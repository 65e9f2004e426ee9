export type LineEnd = "\r\n" | "\n" | "\r";

/** What the first line of a CSV text tells: counts of the candidate separators, and how it ends. */
export interface FirstLine {
  counts: Record<string, number>;
  /** The first line end outside quotes, which is every line's end (as csv-parse took it); undefined when the text has none. */
  lineEnd?: LineEnd;
  /** Whether more text could change the answer: the text ends before its first line does, or on a CR that may be a CR LF. */
  complete: boolean;
}

/**
 * Scans the first line of `text`, outside quotes (each quote flips in or out, so a doubled
 * quote flips twice). `atEnd`: no more text follows, so a line that has not ended is the
 * whole file.
 */
export function scanFirstLine(text: string, atEnd = true): FirstLine {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n") return { counts, lineEnd: "\n", complete: true };
    else if (!quoted && char === "\r") {
      if (i + 1 < text.length) return { counts, lineEnd: text[i + 1] === "\n" ? "\r\n" : "\r", complete: true };
      return { counts, lineEnd: "\r", complete: atEnd };
    } else if (!quoted && char in counts) counts[char]++;
  }
  return { counts, complete: atEnd };
}

/** The separator of a CSV file: whichever of `,` `;` TAB occurs most in its first line, outside quotes. */
export function guessDelimiter(text: string): string {
  return delimiterOf(scanFirstLine(text));
}

/** The separator a first line's counts name (`,` when none occurs; ties in the order `,` `;` TAB). */
export function delimiterOf(line: FirstLine): string {
  const [best, count] = Object.entries(line.counts).sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : ",";
}
