import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { checkWorkbook } from "../../../src/domain/checks/checkWorkbook";
import { csvCell, neutralise, restoreNeutralised, writeCsv } from "../../../src/domain/export/csvWriter";
import { exportSheet } from "../../../src/domain/export/exportSheet";
import { random } from "../../support/generateWorkbook";
import { CLEAN_INCIDENT, gridOf, TODAY } from "../../support/rows";

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
  test("a field holding the separator of a ; or TAB locale is quoted too, so that it stays one cell there", () => {
    expect(writeCsv([["Wagner Group; Africa Corps", "a\tb", "it's", "a:b"]])).toBe('"Wagner Group; Africa Corps","a\tb",it\'s,a:b\r\n');
  });
  test("a BOM only on request", () => {
    expect(writeCsv([["a"]], { bom: true }).startsWith("\ufeffa")).toBe(true);
    expect(writeCsv([["a"]]).charCodeAt(0)).toBe(97);
  });
});

/** The characters that start a formula. */
const FORMULA = /[=+\-@\uff1d\uff0b\uff0d\uff20]/;
/** Every place a spreadsheet could start a cell inside a field: its start and after each `,` `;` TAB, CR or LF (a CR-only splitter cuts a CRLF too). */
const cellStarts = (text: string): number[] => [0, ...[...text].flatMap((char, i) => (/[,;\t\r\n]/.test(char) ? [i + 1] : []))];
const unsafeCells = (text: string): string[] => cellStarts(text).map((i) => text.slice(i)).filter((piece) => new RegExp(`^[\\s\\0"]*${FORMULA.source}`).test(piece));

/** Strings made of what matters here: every separator, blanks, apostrophes, formula characters, letters. */
const tricky = fc.string({ unit: fc.constantFrom(",", ";", "\t", "\r", "\n", "\r\n", " ", "\u00a0", "\u3000", "\0", "'", "'", "=", "+", "-", "@", "\uff1d", "\uff20", "a", "é", "1", '"'), maxLength: 30 });

describe("formula injection in every piece a spreadsheet may cut a field into (`,` `;` TAB, line ends)", () => {
  test.each([
    // The payload, for a `;` locale, and one after each separator.
    ["x;=cmd|' /C calc'!A0;y", "x;'=cmd|' /C calc'!A0;y"],
    ["a,=1+1", "a,'=1+1"],
    ["a\t=1+1", "a\t'=1+1"],
    ["a\r=1+1", "a\r'=1+1"],
    ["a\n=1+1", "a\n'=1+1"],
    ["a\r\n=1+1", "a\r\n'=1+1"],
    ["a;+1;-1;@x,=y", "a;'+1;'-1;'@x,'=y"],
    // LibreOffice's "Trim spaces" and NFKC-normalising readers find these formulas too.
    ["a; =1+1", "a;' =1+1"],
    [" =1+1", "' =1+1"],
    ["\u00a0=1+1", "'\u00a0=1+1"],
    ["\0=1+1", "'\0=1+1"],
    ["\uff1d1+1", "'\uff1d1+1"],
    ["a;\uff0b1;\uff0d1;\uff20x", "a;'\uff0b1;'\uff0d1;'\uff20x"],
    ["\u3000\uff1d1+1", "'\u3000\uff1d1+1"],
    // Blanks that are separators too: each piece is marked on its own.
    ["a;\t=1", "a;'\t'=1"],
    ["\t=1+1", "'\t'=1+1"],
    // A piece that begins with a quote is unquoted by the spreadsheet: what follows must be safe too.
    ["x;\"=1+1", "x;'\"=1+1"],
    ["\"\"=1+1", "'\"\"=1+1"],
    // The contract's start rule (TAB, CR) and OWASP's LF.
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["\ncmd", "'\ncmd"],
    // An apostrophe already there gets one more, so that the mark can be told from the data.
    ["'=x", "''=x"],
    ["a;'=x", "a;''=x"],
    ["'\tx", "''\tx"],
  ])("%j → %j", (text, neutralised) => {
    expect(neutralise(text)).toBe(neutralised);
    expect(csvCell(text)).toBe(neutralised);
    expect(unsafeCells(neutralised)).toEqual([]);
    expect(restoreNeutralised(neutralised)).toBe(text);
  });

  test.each(["Kalamba", "Muslim-majority", "2024-03-15", "10-15 killed, 3 wounded", "a, b; c", "line 1\r\nline 2\n\nline 3", "a;\tb", "'quoted'", "it's", "Jama'at Nusrat al-Islam wal-Muslimin", "", "\uff21", "e-mail: x@y.org"])("%j is left alone", (text) => {
    expect(neutralise(text)).toBe(text);
    expect(restoreNeutralised(text)).toBe(text);
  });

  test("an actor list joined with `; ` is marked after each `;` whose name starts a formula", () => {
    const neutralised = csvCell(["Wagner Group", "=cmd|' /C calc'!A0", "-x", "Africa Corps"]);
    expect(neutralised).toBe("Wagner Group;' =cmd|' /C calc'!A0;' -x; Africa Corps");
    expect(restoreNeutralised(neutralised)).toBe("Wagner Group; =cmd|' /C calc'!A0; -x; Africa Corps");
  });

  test("any text: no piece starts a formula, a text the contract marks still begins with `'`, and the marks come out again", () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const neutralised = neutralise(text);
        if (unsafeCells(neutralised).length > 0) return false;
        if (/^[=+\-@\t\r]/.test(text) && !neutralised.startsWith("'")) return false;
        return restoreNeutralised(neutralised) === text;
      }),
      { numRuns: 5000, seed: 7 },
    );
  });

  test("a 32,767-character cell of line ends and of separators is marked in linear time", () => {
    for (const text of ["\n".repeat(32766) + "=", ";=".repeat(16383), "\t".repeat(32767)]) {
      const started = performance.now();
      expect(restoreNeutralised(neutralise(text))).toBe(text);
      // Linear is well under 100 ms here; one scan per piece would take some 20 s.
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});

describe("round trips of neutralised cells: csv-parse reads the neutralised text, restoreNeutralised gives the original", () => {
  test("random cells", () => {
    fc.assert(
      fc.property(fc.array(fc.array(tricky, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (cells) => {
        const rows = cells.map((row) => row.map((text) => csvCell(text)));
        const back: string[][] = parse(writeCsv(rows), { relax_column_count: true });
        return JSON.stringify(back) === JSON.stringify(rows) && JSON.stringify(back.map((row) => row.map(restoreNeutralised))) === JSON.stringify(cells);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  test("an exported incident sheet: notes and associated actors with payloads at the start and after each separator", () => {
    const notes = ["=1+1", "x;=cmd|' /C calc'!A0;y", "a,=1+1", "a\t=1+1", "a\r\n=1+1", "'=x", "plain"];
    const rows = notes.map((note, i) => ({ ...CLEAN_INCIDENT, incident_id: `BFA${i}`, location: `Place ${i}`, notes: note, assoc_actor_1: `Wagner Group; =cmd|' /C calc'!A0; @SUM(1;1)` }));
    const exported = exportSheet(checkWorkbook({ sheets: [{ name: "Incidents", values: gridOf(rows) }] }, { today: TODAY }).incidents!).rows;
    const [header, ...back]: string[][] = parse(writeCsv(exported), {});
    expect(back).toEqual(exported.slice(1));
    const column = (field: string) => back.map((row) => row[header.indexOf(field)]);
    expect(column("notes")).toEqual(["'=1+1", "x;'=cmd|' /C calc'!A0;y", "a,'=1+1", "a\t'=1+1", "a\r\n'=1+1", "''=x", "plain"]);
    expect(column("notes").map(restoreNeutralised)).toEqual(notes);
    expect(new Set(column("assoc_actor_1"))).toEqual(new Set(["Wagner Group;' =cmd|' /C calc'!A0;' @SUM(1; 1)"]));
    expect(restoreNeutralised(column("assoc_actor_1")[0])).toBe("Wagner Group; =cmd|' /C calc'!A0; @SUM(1; 1)");
    // Negative numbers are written as numbers (CONTRACT section 4): only text is asked to be safe.
    for (const row of back) for (const cell of row.filter((text) => !/^-?\d+(\.\d+)?$/.test(text))) expect([cell, unsafeCells(cell)]).toEqual([cell, []]);
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
