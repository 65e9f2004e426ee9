import { PackageError } from "./zipPackage";

/**
 * A streaming splitter of XML into markup and character data, over text decoded as latin1 so
 * that every byte is one character: whatever is passed on as it came out is the same bytes,
 * whatever the encoding of the text between tags. Tags are whole; character data may come in
 * pieces. Enough XML for SpreadsheetML parts: no DTD (Office Open XML forbids one).
 */
export type TokenKind = "text" | "start" | "empty" | "end" | "cdata" | "other";

export interface Token {
  kind: TokenKind;
  /** The token's bytes, as latin1 characters. */
  raw: string;
  /** For tags: the qualified name, and the name without its prefix. */
  name: string;
  local: string;
}

export class XmlTokens {
  private pending = "";

  /** Calls `on` for each whole token in what has come so far; keeps an unfinished tag for the next piece. */
  feed(text: string, on: (token: Token) => void): void {
    const s = this.pending ? this.pending + text : text;
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        on({ kind: "text", raw: s.slice(i), name: "", local: "" });
        i = s.length;
        break;
      }
      if (lt > i) on({ kind: "text", raw: s.slice(i, lt), name: "", local: "" });
      i = lt;
      const end = tokenEnd(s, lt);
      if (end < 0) break;
      on(tokenOf(s.slice(lt, end)));
      i = end;
    }
    this.pending = s.slice(i);
  }

  /** At the end of the part: nothing may be left unfinished. */
  finish(): void {
    if (this.pending) throw new PackageError("a part ends inside a tag (truncated XML)");
  }
}

const SPECIAL: [string, string][] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
];

/** Where the token starting at `lt` ends (the index after it), or -1 if it is not all there yet. */
function tokenEnd(s: string, lt: number): number {
  const next = s.charCodeAt(lt + 1);
  if (next !== next /* NaN: nothing after "<" yet */) return -1;
  if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
    for (const [open, close] of SPECIAL) {
      if (s.startsWith(open, lt)) {
        const at = s.indexOf(close, lt + open.length);
        return at < 0 ? -1 : at + close.length;
      }
      // Too little so far to tell which it is.
      if (s.length - lt < open.length && open.startsWith(s.slice(lt))) return -1;
    }
    throw new PackageError("a part declares a DTD, which Office Open XML forbids");
  }
  // A tag: up to the first ">" outside an attribute value (which may hold ">").
  let quote = 0;
  for (let j = lt + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return j + 1;
    }
  }
  return -1;
}

function tokenOf(raw: string): Token {
  if (raw.startsWith("<![CDATA[")) return { kind: "cdata", raw, name: "", local: "" };
  if (raw[1] === "!" || raw[1] === "?") return { kind: "other", raw, name: "", local: "" };
  const closing = raw[1] === "/";
  // The name runs to the first white space, "/" or ">" (a character scan: this runs for every tag of a sheet).
  const start = closing ? 2 : 1;
  let end = start;
  for (let c = raw.charCodeAt(end); end < raw.length && c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x2f && c !== 0x3e; c = raw.charCodeAt(++end));
  const name = raw.slice(start, end);
  const colon = name.indexOf(":");
  const local = colon < 0 ? name : name.slice(colon + 1);
  if (closing) return { kind: "end", raw, name, local };
  return { kind: raw.endsWith("/>") ? "empty" : "start", raw, name, local };
}

/** Text of a token's bytes, decoded as the UTF-8 they are. */
export function utf8Of(latin1: string): string {
  return Buffer.from(latin1, "latin1").toString("utf8");
}

/** UTF-8 text as latin1 characters, one per byte, to go into a latin1 stream. */
export function bytesAsLatin1(text: string): string {
  return Buffer.from(text, "utf8").toString("latin1");
}
