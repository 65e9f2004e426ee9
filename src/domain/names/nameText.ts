/**
 * The first cleaning of a name cell (NAMING-POLICY actors §8, weapons §5): Unicode NFKC,
 * curly quotes and modifier apostrophes to ', every dash to -, dotted acronyms joined
 * ("J.N.I.M." → "JNIM"), possessives dropped ("Al-Shabaab's"), spaces collapsed. The
 * stored raw value is never changed; this is only what matching sees.
 */
export function cleanName(raw: string): string {
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
