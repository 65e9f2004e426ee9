/**
 * What a terminal must never receive raw from a cell, a file name or any other user value:
 * - C0 controls (U+0000–U+001F): a newline or a carriage return forges a line of the report,
 *   a tab shifts its columns, ESC starts an ANSI/OSC sequence (colours, cursor moves, a window
 *   title, a hyperlink, on some terminals a clipboard write);
 * - DEL (U+007F) and the C1 controls (U+0080–U+009F): U+009B is CSI and U+009D is OSC on
 *   terminals that read 8-bit controls, ESC's sequences without the ESC;
 * - the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069):
 *   they reorder the rest of a line as displayed (the "Trojan Source" characters), so a value
 *   could make the line around it read otherwise;
 * - the line and paragraph separators (U+2028, U+2029), which editors and pagers show as line breaks.
 * Bidi marks (U+200E, U+200F, U+061C) stay: they occur in real Arabic and Hebrew names and
 * reorder nothing beyond their neighbours.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** The short escapes everyone reads; every other character is written by its code point. */
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * A user value as it may be printed on a terminal: every control character and every
 * line-reordering character written visibly as an escape (newline `\n`, tab `\t`, ESC
 * `\x1b`, U+009B `\x9b`, U+202E `\u202e`), so that no value forges a line or sends the
 * terminal a sequence. Everything else is kept, backslashes too: a report is read by people,
 * and `C:\data` doubled to `C:\\data` would read worse than the rare value that holds a
 * literal `\n`.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * A field of a TSV line that a program reads back: backslash first doubled (`\\`), then
 * escaped as for a terminal, so that a tab or a newline in the field cannot split the line
 * or the record, and the field can be unescaped exactly (the convention of PostgreSQL's text
 * COPY format and of "linear TSV").
 */
export function escapeTsvField(text: string): string {
  return escapeForTerminal(text.replace(/\\/g, "\\\\"));
}

/** What JSON.stringify leaves raw that a terminal could act on: DEL, the C1 controls, the bidi overrides, the line separators. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text with the characters JSON.stringify leaves raw but a terminal acts on (U+009B is
 * CSI on some; U+202E reverses a line) written as `\u` escapes. They can occur only inside
 * strings, where `\u009b` is the same character to every JSON parser: programs read exactly
 * the same data, and the output is safe to look at (JSON.stringify already escapes C0).
 */
export function jsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
