/**
 * Text in SpreadsheetML parts: XML escaping, and Excel's own `_xHHHH_` escapes for the
 * characters XML 1.0 cannot hold (control characters), which Excel writes and reads in
 * strings (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
 */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character data or an attribute value with its entity and character references resolved. */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** A string as Excel reads it from the XML text: every `_xHHHH_` is the character it names. */
export function decodeExcelEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

// Characters XML 1.0 cannot hold (all C0 controls but tab and line feed; carriage return, which
// a parser turns into a line feed; lone surrogates; U+FFFE and U+FFFF), and an underscore that
// begins what would read as an escape.
const NEEDS_EXCEL_ESCAPE = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** A string as the character data of a `<t xml:space="preserve">` element, as Excel would write it. */
export function escapeCellText(text: string): string {
  return text
    .replace(NEEDS_EXCEL_ESCAPE, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/[&<>]/g, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : "&gt;"));
}

/** A value for an attribute written between double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" })[char]!);
}

export interface Attribute {
  /** The qualified name, as written. */
  name: string;
  /** The value, references resolved. */
  value: string;
  /** Where the attribute (with the white space before it) starts and ends in the tag. */
  start: number;
  end: number;
}

/** The attributes of a start tag (`<c r="A1" s='2'>`), with where each is in the tag. */
export function attributesOf(tag: string): Attribute[] {
  const attributes: Attribute[] = [];
  const pattern = /(\s+)([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match; (match = pattern.exec(tag)); ) {
    attributes.push({ name: match[2], value: unescapeXml(match[3] ?? match[4]), start: match.index, end: match.index + match[0].length });
  }
  return attributes;
}

/** An attribute's value by its qualified name (an unprefixed name has no namespace: `r` is not `x:r`), or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  return attributesOf(tag).find((a) => a.name === name)?.value;
}
