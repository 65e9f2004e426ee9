import { Readable } from "node:stream";
import { RowBatch } from "../../../../src/domain/sheetStream";
import { ScanStop } from "../../../../src/cli/io/xlsx/scannedPart";
import { SheetDataScanner, SheetRowSink } from "../../../../src/cli/io/xlsx/sheetDataScanner";
import { MergedRange, readSheetRows, SheetContext, SheetPassFacts } from "../../../../src/cli/io/xlsx/sheetPart";

/**
 * The row scanner must read every sheet exactly as the general parser does (the same rows,
 * values, formats, hidden rows, far cells, merged cells, and the same refusals), wherever the
 * inflated bytes are cut into chunks: each sheet below is read both ways at every chunk size.
 */
const CONTEXT: SheetContext = { sharedStrings: ["zero", "one", "two & three", "é😀"], cellFormats: [undefined, "0.00", "yyyy-mm-dd", "General"], date1904: false };

const START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetData>`;
const END = `</sheetData><mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells></worksheet>`;
const sheet = (rows: string) => START + rows + END;

interface Reading {
  batches: unknown[];
  facts: SheetPassFacts;
  error?: string;
}

async function read(xml: Buffer, chunk: number, how: "scan rows" | "parser only", merges: MergedRange[] = []): Promise<Reading> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < xml.length; i += chunk) pieces.push(xml.subarray(i, i + chunk));
  const facts: SheetPassFacts = { hiddenRows: [], outlyingCells: [], mergedRanges: [] };
  const batches: unknown[] = [];
  try {
    for await (const batch of readSheetRows("xl/worksheets/sheet1.xml", Readable.from(pieces), CONTEXT, facts, merges, how)) batches.push(shown(batch));
  } catch (error) {
    return { batches, facts, error: (error as Error).message };
  }
  return { batches, facts };
}

/** A batch with -0 told from 0 (toEqual would not). */
function shown(batch: RowBatch): unknown {
  return { ...batch, values: batch.values.map((row) => row.map((value) => (Object.is(value, -0) ? "-0" : value))) };
}

async function expectSameAtEveryChunkSize(xml: string, merges: MergedRange[] = []): Promise<Reading> {
  const bytes = Buffer.from(xml, "utf8");
  const expected = await read(bytes, bytes.length, "parser only", merges);
  const sizes = new Set<number>([bytes.length]);
  for (let size = 1; size <= Math.min(bytes.length, 160); size++) sizes.add(size);
  for (const size of [257, 1000, 4096]) if (size < bytes.length) sizes.add(size);
  for (const size of sizes) {
    const actual = await read(bytes, size, "scan rows", merges);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) expect({ size, ...actual }).toEqual({ size, ...expected });
  }
  return expected;
}

const CASES: [string, string][] = [
  ["LibreOffice's plain rows", `<row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="2" t="n"><v>45477</v></c><c r="C1" s="0" t="n"><v>16.1687103502959</v></c><c r="D1" s="1" t="n"><v>-1.06895068650655</v></c><c r="E1" t="n"><v>-0</v></c><c r="F1"><v>0012</v></c><c r="G1"><v>1E-5</v></c><c r="H1"><v>123456789012345678</v></c><c r="I1" t="s"><v>3</v></c><c r="J1" t="s"><v>2</v></c></row>`],
  ["entities and character references", `<row r="1"><c r="A1" t="str"><v>Tom &amp; Jerry &lt;&gt; &quot;&apos; &#233;&#x1F600;</v></c><c r="B1"><v>1&#48;</v></c><c r="C1" t="s"><v>&#49;</v></c><c r="D&#49;" s="&#49;"><v>5</v></c></row><row r="2"><c r="A2"><v>7</v></c></row>`],
  ["CDATA", `<row r="1"><c r="A1" t="str"><v><![CDATA[<not a tag> & raw]]></v></c><c r="B1"><v><![CDATA[42]]></v></c></row><row r="2"><c r="A2"><v>1</v></c></row>`],
  ["comments and processing instructions", `<!-- before --><row r="1"><c r="A1"><v>1</v></c><!-- between cells --><c r="B1"><v>2<!-- inside --></v></c></row><?pi data?><row r="2"><c r="A2"><v>3</v></c></row>`],
  ["prefixed names (x:c)", `<x:row xmlns:x="urn:x" r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1" t="b"><x:v>1</x:v></x:c></x:row><row r="2"><x:c xmlns:x="urn:x" r="A2"><x:v>9</x:v></x:c><c r="B2" x:r="Q7" xmlns:x="urn:x"><v>8</v></c></row>`],
  ["cells without r and rows without r", `<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c t="s"><v>1</v></c></row><row r="7"><c><v>7</v></c></row><row><c r=""><v>8</v></c></row>`],
  ["self-closing rows and cells", `<row r="1"/><row r="2" spans="1:3"><c r="A2" s="1"/><c r="B2" s="2"/><c r="C2"><v>3</v></c></row><row r="3"><c r="A3"/></row><row r="4" hidden="1"/>`],
  ["inline strings, plain and rich", `<row r="1"><c r="A1" t="inlineStr"><is><t>plain</t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> spaced _x000D_ line </t></is></c><c r="C1" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c><c r="D1" t="inlineStr"><is><t/></is></c><c r="E1" t="inlineStr"><is>\n  <t>é😀</t>\n</is></c><c r="F1" t="inlineStr"/><c r="G1" t="inlineStr"><is/></c><c r="H1" t="str"><is><t>not inline</t></is><v>cached</v></c></row>`],
  ["formulas with cached values", `<row r="1"><c r="A1"><f>B1+1</f><v>3</v></c><c r="B1" t="str"><f aca="false">"a"&amp;"b"</f><v>ab</v></c><c r="C1" t="s"><f>X</f><v>2</v></c><c r="D1"><f t="shared" ref="D1:D3" si="0">A1*2</f><v>6</v></c><c r="E1"><f t="shared" si="0"/><v>8</v></c><c r="F1"><f>NOW()</f></c><c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`],
  ['t="b", t="e", t="d", t="str"', `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"><v></v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="d"><v>2024-03-05</v></c><c r="F1" t="d" s="2"><v>2024-03-05T12:30:00</v></c><c r="G1" t="d"><v>not a date</v></c><c r="H1" t="str"><v>Ouagadougou – Kaya</v></c><c r="I1" t="str"><v> 12 </v></c><c r="J1" t=""><v>4</v></c><c r="K1" t="weird"><v>5</v></c></row>`],
  ["empty, odd and spaced values", `<row r="1"><c r="A1"><v/></c><c r="B1"><v></v></c><c r="C1" t="s"><v></v></c><c r="D1" t="s"><v> 1 </v></c><c r="E1" t="s"><v>99</v></c><c r="F1" t="s"><v>1.0</v></c><c r="G1"><v>12abc</v></c><c r="H1"><v>abc</v></c><c r="I1"><v>12€</v></c><c r="J1"><v>-</v></c><c r="K1" s=""><v>1</v></c><c r="L1" s="x"><v>1</v></c><c r="M1" s="3"><v>1</v></c></row>`],
  ["quotes, spaces and line breaks in tags", `<row r='1'\n  spans = "1:2"><c r = 'A1' t='s' ><v>1</v></c>\r\n  <c\tr="B1"\ns="1"><v>2.5</v></c>\n</row>\n<row r="2" ><c r="A2" ><v>1</v ></c ></row >`],
  ["hidden, out of order, gaps and repeats", `<row r="3" hidden="true"><c r="A3"><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="2" hidden="1"><c r="A2"><v>22</v></c></row><row r="40"><c r="A40"><v>40</v></c></row><row r="41.5"><c r="A41"><v>41</v></c></row><row r="x"><c><v>1</v></c></row><row r="50" hidden="0"><c r="A50"><v>50</v></c></row>`],
  ["far cells", `<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" t="inlineStr"><is><t>far</t></is></c><c r="XFE1"><v>2</v></c><c r="XFF1"/></row><row r="2"><c r="A2"><v>1</v></c><c r="BM2"><v>65</v></c><c r="EZ2"><v>156</v></c><c r="FA2"><v>157</v></c></row>`],
  ["merged cells known from a pass before", `<row r="9"><c r="A9"><v>1</v></c><c r="B9"><v>2</v></c><c r="C9"><v>3</v></c></row><row r="10"><c r="A10"><v>4</v></c></row>`],
  ["text and unknown elements between cells", `<row r="1"><c r="A1"><v>1</v></c>stray text<c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><extLst><ext uri="x"/></extLst><v>5</v></c><c r="B2" t="s"><v x="1">1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row><foo/><row r="4"><c r="A4"><v>4</v></c></row>`],
  ["attributes the readers skip, with anything in their values", `<row r="1" x:odd="&lt;&amp;" other='"'><c r="A1" foo="&bogus;" s="1"><v>1</v></c><c r="B1" xml:lang="é"><v>2</v></c></row>`],
  ["non-ASCII text in values, cut anywhere", `<row r="1"><c r="A1" t="str"><v>Sénégal 😀 جمهورية</v></c><c r="B1" t="e"><v>#NOMBRE!é</v></c><c r="C1" t="inlineStr"><is><t>日本語のテキスト</t></is></c></row>`],
];

describe("the row scanner reads as the general parser, at every chunk size", () => {
  test.each(CASES)("%s", async (_, rows) => {
    const merges = [{ top: 9, left: 1, bottom: 9, right: 2 }];
    const expected = await expectSameAtEveryChunkSize(sheet(rows), merges);
    expect(expected.error).toBeUndefined();
  });

  test("a byte-order mark before the declaration", async () => {
    await expectSameAtEveryChunkSize(`\ufeff${sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`)}`);
  });

  test("4,100 rows: batches of at most 2,000 rows, the same at every chunk size", async () => {
    let rows = "";
    for (let r = 1; r <= 4100; r++) rows += `<row r="${r}"><c r="A${r}" t="s"><v>${r % 4}</v></c><c r="B${r}"><v>${r / 8}</v></c></row>`;
    const xml = Buffer.from(sheet(rows), "utf8");
    const expected = await read(xml, xml.length, "parser only");
    expect(expected.batches.map((batch) => (batch as RowBatch).values.length)).toEqual([2000, 2000, 100]);
    for (const size of [1, 7, 100, 4096, 65536]) expect(await read(xml, size, "scan rows")).toEqual(expected);
  });
});

describe("the row scanner leaves refusals to the general parser: the same sentence", () => {
  const REFUSED: [string, string][] = [
    ["cut short inside a row", START + `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2`],
    ["cut short after a row", START + `<row r="1"><c r="A1"><v>1</v></c></row>`],
    ["an undefined entity in a value", sheet(`<row r="1"><c r="A1" t="str"><v>&bogus;</v></c></row>`)],
    ["an undefined entity in a formula", sheet(`<row r="1"><c r="A1"><f>&bogus;</f><v>1</v></c></row>`)],
    ["a bare ampersand", sheet(`<row r="1"><c r="A1" t="str"><v>a & b</v></c></row>`)],
    ["a tag closed by another", sheet(`<row r="1"><c r="A1"><v>1</c></v></row>`)],
    ["a row closed by </c>", sheet(`<row r="1"><c r="A1"><v>1</v></c></c>`)],
    ["an attribute read twice", sheet(`<row r="1"><c r="A1" r="B1"><v>1</v></c></row>`)],
    ["ref twice on a formula", sheet(`<row r="1"><c r="A1"><f ref="A1" ref="A2">1</f><v>1</v></c></row>`)],
    ["a '<' in an attribute read", sheet(`<row r="1"><c r="A<1"><v>1</v></c></row>`)],
    ["an unquoted attribute", sheet(`<row r=1><c r="A1"><v>1</v></c></row>`)],
    ["a DTD inside the rows", sheet(`<row r="1"><c r="A1"><v>1</v></c></row><!DOCTYPE x [<!ENTITY a "b">]>`)],
    ["a character reference to no character", sheet(`<row r="1"><c r="A1" t="str"><v>&#0;</v></c></row>`)],
  ];
  test.each(REFUSED)("%s", async (_, xml) => {
    const expected = await expectSameAtEveryChunkSize(xml);
    expect(expected.error).toMatch(/is not well-formed XML/);
  });
});

describe("the scanner itself", () => {
  const noted: string[] = [];
  const sink: SheetRowSink = {
    beginRow: (declared, hidden) => noted.push(`row ${declared}${hidden ? " hidden" : ""}`),
    cell: (at, style, type, value, hadV, formula) => noted.push(`cell ${at} ${style} ${type} ${JSON.stringify(value)} ${hadV} ${formula}`),
    endRow: () => noted.push("end"),
    markRow: () => noted.push("mark"),
    undoRow: () => noted.push("undo"),
  };

  test("reads plain rows from the bytes and stops at </sheetData> for the parser", () => {
    noted.length = 0;
    const bytes = Buffer.from(`<row r="2" hidden="1"><c r="B2" s="1" t="s"><v>1</v></c><c r="C2"><v>-2.5</v></c></row>\n<row r="3"/></sheetData></worksheet>`);
    const scanner = new SheetDataScanner(sink, CONTEXT.sharedStrings, false);
    scanner.scan(bytes, 0, bytes.length);
    expect(noted).toEqual(["mark", "row 2 hidden", 'cell 2 1 s "one" true false', 'cell 3 0 undefined -2.5 true false', "end", "mark", "row 3", "end"]);
    expect(scanner.stop).toBe(ScanStop.General);
    expect(bytes.subarray(scanner.stoppedAt).toString()).toBe("</sheetData></worksheet>");
  });

  test("undoes a row cut by the bytes' end, and asks for more from its start", () => {
    noted.length = 0;
    const bytes = Buffer.from(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v>`);
    const scanner = new SheetDataScanner(sink, CONTEXT.sharedStrings, false);
    scanner.scan(bytes, 0, bytes.length);
    expect(noted).toEqual(["mark", "row 1", "cell 1 0 undefined 1 true false", "end", "mark", "row 2", "undo"]);
    expect(scanner.stop).toBe(ScanStop.More);
    expect(bytes.subarray(scanner.stoppedAt).toString()).toBe(`<row r="2"><c r="A2"><v>2</v>`);
  });

  test("stops before a row holding what it does not read, for the parser to read it", () => {
    noted.length = 0;
    const bytes = Buffer.from(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="str"><v>a &amp; b</v></c></row>`);
    const scanner = new SheetDataScanner(sink, CONTEXT.sharedStrings, false);
    scanner.scan(bytes, 0, bytes.length);
    expect(scanner.stop).toBe(ScanStop.General);
    expect(bytes.subarray(scanner.stoppedAt).toString()).toBe(`<row r="2"><c r="A2" t="str"><v>a &amp; b</v></c></row>`);
    expect(noted[noted.length - 1]).toBe("undo");
  });
});
