import { CLEAN_INCIDENT, CLEAN_WEAPON, gridOf } from "../../../support/rows";

/**
 * The CSV inputs of the command line's tests (test/cli/curate.test.ts, encoding.test.ts) and
 * of decodeText's (test/cli/io/decodeText.test.ts), built here the same way, so that the old
 * and the new CSV reader can be compared on every one of them. Each is the file's bytes.
 */
const csvLine = (cells: unknown[], separator = ",") => cells.map((c) => (/[",;\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(separator);
const csvOf = (rows: Record<string, unknown>[], separator = ",") => gridOf(rows as never).map((r) => csvLine(r, separator)).join("\r\n") + "\r\n";

const ARABIC = "هجوم على قرية كالامبا، ١٢ قتيلاً";
const FRENCH = "Déplacés vers Djibo; « l’armée » n’était pas là";
const WINDOWS_1252_NOTES = "“Attaque” à Kalamba – l’armée: 5 000 € de dégâts, œuvre détruite";
const HEADERS = [...Object.keys(CLEAN_INCIDENT), "notes", "source"];
const row = (id: string, location: string, notes: string, source = "Field report") => [...Object.values({ ...CLEAN_INCIDENT, incident_id: id, location }).map(String), notes, source];
/** encoding.test.ts's lines: quoted where the separator, a quote or a line break needs it. */
const line = (cells: string[], separator: string) => cells.map((cell) => (cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator);
const text = (rows: string[][], separator: string) => rows.map((cells) => line(cells, separator)).join("\r\n") + "\r\n";
const utf8 = (s: string) => Buffer.from(s, "utf8");
const utf16le = (s: string) => Buffer.from(s, "utf16le");
const utf16be = (s: string) => Buffer.from(s, "utf16le").swap16();

function windows1252(s: string): Buffer {
  const bytes: Record<string, number> = { "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "€": 0x80, "œ": 0x9c };
  return Buffer.from([...s].map((char) => bytes[char] ?? char.charCodeAt(0)));
}

function withByte(s: string, byte: number, bom = false): Buffer {
  const [before, after] = s.split("#");
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), utf8(before), Buffer.from([byte]), utf8(after)]);
}

function truncated(): Buffer {
  const full = utf8(text([HEADERS, row("BFA1001", "Kalamba", ARABIC), row("BFA1002", "Djibo", "ليبتاكو")], ","));
  const cut = full.lastIndexOf(utf8("و")) + 1;
  return Buffer.concat([full.subarray(0, cut), Buffer.from(",Field report\r\n")]);
}

function ragged(): Buffer {
  const [header, cells] = gridOf([CLEAN_INCIDENT]);
  return utf8([csvLine(header), csvLine(cells.slice(0, 11)), csvLine([...cells.slice(0, 1), ...cells.slice(1), "extra", "more"])].join("\n"));
}

/** Files both readers read. */
export const READABLE: [string, Buffer][] = [
  ["clean.csv", utf8(csvOf([CLEAN_INCIDENT]))],
  ["excel-fr.csv", utf8("\ufeff" + csvOf([{ ...CLEAN_INCIDENT, latitude: "13.0969", notes: "a; b" }], ";"))],
  ["weapons.csv", utf8(csvOf([CLEAN_WEAPON]))],
  ["ragged.csv", ragged()],
  ["long.csv", utf8(csvOf([{ ...CLEAN_INCIDENT, notes: "x".repeat(32767) }, { ...CLEAN_INCIDENT, incident_id: "BFA2", event_date: "2024-01-01", notes: "y".repeat(40000) }]))],
  ["warnings-only.csv", utf8(csvOf([{ ...CLEAN_INCIDENT, country: "BFA" }]))],
  ["one-bad-byte.csv", withByte(text([HEADERS, row("BFA1001", "Kalamba", ARABIC), row("BFA1002", "Djibo", "D#placés vers Djibo"), row("BFA1003", "Dori", FRENCH)], ","), 0xe9)],
  ["truncated.csv", truncated()],
  ["excel-fr-1252.csv", windows1252(text([HEADERS, row("BFA1001", "Kalamba", WINDOWS_1252_NOTES, "Le Faso.net – « Kalamba »")], ";"))],
  ["unicode-text-le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text([HEADERS, row("BFA1001", "Kalamba", ARABIC), row("BFA1002", "Djibo", FRENCH, "ACLED, weekly; 2024")], "\t"))])],
  ["unicode-text-be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text([HEADERS, row("BFA1001", "Kalamba", ARABIC), row("BFA1002", "Djibo", FRENCH, "ACLED, weekly; 2024")], "\t"))])],
  ["no-bom-utf16.txt", utf16le(text([HEADERS, row("BFA1001", "Kalamba", ARABIC)], "\t"))],
  ["bom-tab.csv", withByte(text([HEADERS, row("BFA1001", "Kalamba", ARABIC), row("BFA1002", "Djibo", "Dori#")], "\t"), 0x9c, true)],
  // decodeText.test.ts's bytes, as files.
  ["valid-utf8.csv", utf8("a,é,هجوم\r\n")],
  ["as-many-invalid.csv", Buffer.concat([utf8("é,"), Buffer.from([0xe9]), utf8(",x")])],
  ["one-more-invalid.csv", Buffer.concat([utf8("é,"), Buffer.from([0xe9, 0x2c, 0x92])])],
  ["c1-range.csv", Buffer.from([0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f])],
  ["undefined-1252.csv", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x81])],
  ["maximal-subpart.csv", Buffer.concat([utf8("€€,"), Buffer.from([0xe2, 0x82]), utf8(",€")])],
  ["marker-in-file.csv", Buffer.concat([utf8("\ufffd\ufdd0é,é,"), Buffer.from([0xff])])],
  ["bom-mostly-invalid.csv", Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x2c, 0xe8])],
  ["utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le("id\tnotes\r\n1\t’هجوم\r\n")])],
  ["utf16be-bom.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be("id\tnotes\r\n1\t’هجوم\r\n")])],
  ["utf16le-nuls.csv", utf16le("id,notes\r\n1,هجوم\r\n")],
  ["utf16be-nuls.csv", utf16be("id,notes\r\n1,هجوم\r\n")],
  ["utf16-damage.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le("a,b\r\nc,d"), Buffer.from([0x00, 0xd8]), utf16le(","), Buffer.from([0x41])])],
  // Line ends, empty lines, quotes: what both readers must agree on.
  ["empty.csv", Buffer.alloc(0)],
  ["only-bom.csv", Buffer.from([0xef, 0xbb, 0xbf])],
  ["one-line-end.csv", utf8("\n")],
  ["no-final-line-end.csv", utf8("a,b\nc,d")],
  ["empty-lines.csv", utf8("a,b\n\nc\n\n")],
  ["cr.csv", utf8("a;b\rc;d\r")],
  ["crlf-then-lf.csv", utf8("a,b\r\nc\nd,e\r\n")],
  ["lf-then-crlf.csv", utf8("a,b\nc\r\nd\n")],
  ["quoted-line-ends.csv", utf8('id,notes\r\n1,"two\r\nlines, ""quoted"""\r\n2,"cr\ronly"\r\n3,""\r\n')],
  ["quoted-header-newline.csv", utf8('"a\nb;c",d,e\r\n1,2\r\n')],
  ["tab-wins.tsv", utf8("a\tb\tc,d\n1\t2\t3,4\n")],
  ["no-separator.csv", utf8("just one column\nsecond\n")],
  ["second-bom.csv", utf8("\ufeff\ufeffa,b\n")],
];

/** Files both readers refuse, with the end of the new reader's sentence. */
export const REFUSED: [string, Buffer, string][] = [
  ["binary.csv", Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x00, 0x13, 0x37, 0x00]), "not a text CSV file (it holds binary data)"],
  ["image.csv", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), Buffer.from("IHDR"), Buffer.alloc(16)]), "not a text CSV file (it holds binary data)"],
  ["workbook.csv", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.alloc(40)]), "not a text CSV file but a zip package (an .xlsx workbook named .csv? give it its .xlsx name)"],
  ["old.csv", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(40)]), "not a text CSV file but an old Office file (an .xls workbook?); save it from Excel as .xlsx or CSV UTF-8"],
  ["utf32.csv", Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), Buffer.from("i\0\0\0d\0\0\0")]), "a UTF-32 text file, which curate does not read; save it as CSV UTF-8"],
  ["nul-in-utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le("a\u0000b")]), "not a text CSV file (it holds binary data)"],
  ["nul-late.csv", Buffer.concat([utf8("a,b\n".repeat(30_000)), Buffer.from([0x00]), utf8("c\n")]), "not a text CSV file (it holds binary data)"],
  ["bad-quotes.csv", utf8('incident_id,notes\nBFA1,"unclosed\n'), "not a readable CSV file: row 2 has a quote that is never closed (from column B on)"],
];
