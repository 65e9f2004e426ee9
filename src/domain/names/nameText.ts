import { boundedMemo } from "./boundedMemo";

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
  return raw
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc\u02bb\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-")
    .replace(/\b(?:[A-Za-z]\.){2,}(?=\s|$|[^A-Za-z])/g, (acronym) => acronym.replace(/\./g, ""))
    .replace(/(\w)'s\b/g, "$1")
    .replace(/(\w)s'(?=\s|$)/g, "$1s")
    .replace(/^["'\s]+|["'\s]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

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
