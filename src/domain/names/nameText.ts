import { boundedMemo } from "./boundedMemo";
import { isAscii } from "../text/isAscii";

/**
 * The first cleaning of a name cell (NAMING-POLICY actors §8, weapons §5): Unicode NFKC,
 * curly quotes and modifier apostrophes to ', every dash to -, dotted acronyms joined
 * ("J.N.I.M." → "JNIM"), possessives dropped ("Al-Shabaab's"), spaces collapsed. The
 * stored raw value is never changed; this is only what matching sees.
 */
export function cleanName(raw: string): string {
  return isClean(raw) ? raw : cleanRemembered(raw);
}

/** Remembered for recent texts: a resolve cleans the same text several times (a clean text is told at once, without remembering it). */
const cleanRemembered = boundedMemo(cleanNameUncached);

function cleanNameUncached(raw: string): string {
  // Each rule runs only where the text holds what it replaces (told in one pass after NFKC,
  // which ASCII does not change); what a rule writes (an apostrophe, a quote) is told too.
  let text = isAscii(raw) ? raw : raw.normalize("NFKC");
  let quote = false;
  let apostrophe = false;
  let doubleQuote = false;
  let dash = false;
  let dot = false;
  let spaces = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27) apostrophe = true;
    else if (c === 0x2e) dot = true;
    else if (c === 0x60) quote = true;
    else if (c === 0x20) {
      if (text.charCodeAt(i + 1) === 0x20) spaces = true;
    } else if (c < 0x20 || c > 0x7e) {
      if (QUOTE.test(text[i])) quote = true;
      else if (DOUBLE_QUOTE.test(text[i])) doubleQuote = true;
      else if (DASH.test(text[i])) dash = true;
      else if (SPACE.test(text[i])) spaces = true;
    }
  }
  if (quote) text = text.replace(QUOTES, "'");
  if (doubleQuote) text = text.replace(DOUBLE_QUOTES, '"');
  if (dash) text = text.replace(DASHES, "-");
  if (dot) text = text.replace(DOTTED_ACRONYM, (acronym) => acronym.replace(/\./g, ""));
  if (quote || apostrophe) text = text.replace(/(\w)'s\b/g, "$1").replace(/(\w)s'(?=\s|$)/g, "$1s");
  if (EDGE.test(text)) text = text.replace(EDGES, "");
  if (spaces) text = text.replace(/\s+/g, " ");
  return text.trim();
}

const QUOTE = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u02bb\u0060\u00b4]/;
const QUOTES = new RegExp(QUOTE.source, "g");
const DOUBLE_QUOTE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;
const DOUBLE_QUOTES = new RegExp(DOUBLE_QUOTE.source, "g");
const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const DASHES = new RegExp(DASH.source, "g");
const DOTTED_ACRONYM = /\b(?:[A-Za-z]\.){2,}(?=\s|$|[^A-Za-z])/g;
/** A white-space character other than the space (tabs, line breaks, no-break spaces): collapsed to one space. */
const SPACE = /\s/;
const EDGE = /^["'\s]|["'\s]$/;
const EDGES = /^["'\s]+|["'\s]+$/g;

/**
 * Whether cleaning leaves the text as it is: printable ASCII only (NFKC and the quote and
 * dash rules change nothing), no full stop (acronyms), quote or backtick (possessives,
 * edge quotes), no space at either end and no two spaces in a row.
 */
function isClean(text: string): boolean {
  const last = text.length - 1;
  if (last < 0) return true;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (c === 0x2e || c === 0x27 || c === 0x22 || c === 0x60) return false;
  }
  return true;
}
