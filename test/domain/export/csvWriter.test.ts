import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { parse } from "csv-parse/sync";
import { csvCell, neutralise, writeCsv } from "../../../src/domain/export/csvWriter";
import { random } from "../../support/generateWorkbook";

const SPECTRUM = join(dirname(require.resolve("csv-spectrum/package.json")), "csvs");
const readBack = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true });

describe("round trips: written by our writer, read back by csv-parse, unchanged", () => {
  test.each(readdirSync(SPECTRUM).filter((f) => f.endsWith(".csv")))("csv-spectrum %s", (file) => {
    // Read the case with an independent parser, write it with ours, read it back. The
    // location_coordinates case has a bare quote inside an unquoted field (37.8"N), which
    // RFC 4180 does not allow: it is read leniently, and our writer must quote it.
    const records: string[][] = parse(readFileSync(join(SPECTRUM, file), "utf8"), { relax_column_count: true, relax_quotes: true });
    expect(readBack(writeCsv(records))).toEqual(records);
  });

  test("random rows: commas, quotes, CR, LF, CRLF, spaces, emoji, Arabic, Cyrillic, lone surrogates, 32,767-character cells", () => {
    const next = random(42);
    const pieces = [",", '"', "\r", "\n", "\r\n", " ", "  lead", "trail  ", "😀", "جماعة نصرة الإسلام", "Исламское государство", "\ud800", "a", "Kalamba", ";", "\t", "'", "=1+1", "-", "é"];
    const cell = () => {
      if (next() < 0.02) return "x".repeat(32767);
      let text = "";
      const parts = Math.floor(next() * 6);
      for (let i = 0; i < parts; i++) text += pieces[Math.floor(next() * pieces.length)];
      return text;
    };
    for (let round = 0; round < 20; round++) {
      const width = 1 + Math.floor(next() * 8);
      const rows = Array.from({ length: 50 }, () => Array.from({ length: width }, cell));
      rows.unshift(Array.from({ length: width }, (_, i) => `h${i}`));
      expect(readBack(writeCsv(rows))).toEqual(rows.map((row) => row.map((text) => text.replace(/\ud800/g, "\ufffd"))));
    }
  });
});

describe("RFC 4180 form", () => {
  test("comma, CRLF after every record, quotes only where needed, quotes doubled", () => {
    expect(writeCsv([["a", "b,c", 'say "hi"', "line\nbreak", "cr\ronly", " spaced "], ["1", "", "x", "y", "z", "w"]])).toBe('a,"b,c","say ""hi""","line\nbreak","cr\ronly", spaced \r\n1,,x,y,z,w\r\n');
  });
  test("a BOM only on request", () => {
    expect(writeCsv([["a"]], { bom: true }).startsWith("\ufeffa")).toBe(true);
    expect(writeCsv([["a"]]).charCodeAt(0)).toBe(97);
  });
});

describe("formula injection (OWASP) and typed values", () => {
  test.each(["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("text %p is neutralised", (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
    expect(csvCell(text)).toBe(`'${text}`);
  });
  test.each([
    [-1, "-1"],
    [-13.5, "-13.5"],
    [12, "12"],
    [12.0, "12"],
    [1e-7, "0.0000001"],
    [1234567, "1234567"],
    ["Kalamba", "Kalamba"],
    ["Muslim-majority", "Muslim-majority"],
    [["Wagner Group", "Africa Corps"], "Wagner Group; Africa Corps"],
    [undefined, ""],
  ])("%p → %p (numbers are never neutralised)", (value, text) => {
    expect(csvCell(value)).toBe(text);
  });
});
