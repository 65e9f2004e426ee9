import fc from "fast-check";
import { Readable } from "node:stream";
import { cellContent, inlineStringCell } from "../../../../src/cli/io/xlsxEdit/cellXml";
import { CellElement, sheetCellsTransform, SheetHooks } from "../../../../src/cli/io/xlsxEdit/sheetCells";
import { decodeExcelEscapes, escapeCellText, unescapeXml } from "../../../../src/cli/io/xlsxEdit/xmlText";

/**
 * The streaming cell edit of a worksheet part: exactly the wanted `<c>` elements are
 * replaced, every other byte passes through, however the part is cut into chunks.
 */

const SHEET = (p = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
  `<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}dimension ref="A1:E4"/>` +
  `<${p}cols><${p}col min="1" max="1" width="20" customWidth="1"/></${p}cols><${p}sheetData>` +
  `<${p}row r="1" spans="1:5"><${p}c r="A1" s="3" t="s"><${p}v>0</${p}v></${p}c><${p}c r="B1" t='inlineStr'><${p}is><${p}t>Côte d'Ivoire &amp; co</${p}t></${p}is></${p}c></${p}row>` +
  `<!-- <${p}c r="A2" t="s"><${p}v>9</${p}v></${p}c>: not a cell -->` +
  `<${p}row r="2" hidden="1" customHeight="1" ht="0"><${p}c r="A2" s="5" t="s" vm="1"><${p}v>1</${p}v></${p}c><${p}c r="B2"><${p}f t="array" ref="B2:B3">SORT(A2:A3)</${p}f><${p}v>1</${p}v></${p}c><${p}c r="C2"><${p}f t="shared" ref="C2:C3" si="0">LEN(A2)</${p}f><${p}v>3</${p}v></${p}c></${p}row>` +
  `<${p}row r="3"><${p}c r="A3" t="str"><${p}f>A2</${p}f><${p}v>x</${p}v></${p}c><${p}c r="B3"><${p}v>2</${p}v></${p}c><${p}c r="C3"><${p}f t="shared" si="0"/><${p}v>3</${p}v></${p}c><${p}c r="D3" t="b"><${p}v>1</${p}v></${p}c></${p}row>` +
  `<${p}row><${p}c t="inlineStr"><${p}is><${p}r><${p}t>ISIS </${p}t></${p}r><${p}r><${p}rPr><${p}b/></${p}rPr><${p}t><![CDATA[<militants>]]></${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>アイ</${p}t></${p}rPh></${p}is></${p}c><${p}c s="2" attr="a>b"><${p}v>4.5</${p}v></${p}c></${p}row>` +
  `</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="D1:E1"/></${p}mergeCells></${p}worksheet>`;

async function run(xml: string, hooks: SheetHooks, chunk = 1 << 16): Promise<string> {
  const bytes = Buffer.from(xml, "utf8");
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const out: Buffer[] = [];
  for await (const piece of sheetCellsTransform(hooks)(Readable.from(chunks))) out.push(piece as Buffer);
  return Buffer.concat(out).toString("utf8");
}

const editing = (texts: Record<string, string>, seen: CellElement[] = []): SheetHooks => ({
  wants: (address) => address in texts,
  onCell: (cell) => {
    seen.push(cell);
    return inlineStringCell(cell, texts[cell.address]);
  },
});

const inline = (r: string, attributes: string, text: string, p = "") => `<${p}c r="${r}"${attributes} t="inlineStr"><${p}is><${p}t xml:space="preserve">${text}</${p}t></${p}is></${p}c>`;

test("the wanted cells replaced by inline strings, their style kept, `t` and `vm` dropped; every other byte as it was", async () => {
  const texts = { A1: "Islamic State Sahel Province", A2: "Côte d'Ivoire <&> \u0001 _x0041_ 😀", A4: "JNIM" };
  const out = await run(SHEET(), editing(texts));
  const expected = SHEET()
    .replace(`<c r="A1" s="3" t="s"><v>0</v></c>`, inline("A1", ` s="3"`, "Islamic State Sahel Province"))
    .replace(`<c r="A2" s="5" t="s" vm="1"><v>1</v></c>`, inline("A2", ` s="5"`, "Côte d'Ivoire &lt;&amp;&gt; _x0001_ _x005F_x0041_ 😀"))
    .replace(/<row><c t="inlineStr">.*?<\/c>/, `<row><c t="inlineStr"><is><t xml:space="preserve">JNIM</t></is></c>`);
  expect(out).toBe(expected);
  // The comment's look-alike cell is untouched, as are the hidden row and the merged cells.
  expect(out).toContain(`<!-- <c r="A2" t="s"><v>9</v></c>: not a cell -->`);
  expect(out).toContain(`<row r="2" hidden="1" customHeight="1" ht="0">`);
});

test("the same bytes out, cut into pieces of any size (a tag, a character, a CDATA section split between chunks)", async () => {
  const whole = await run(SHEET(), editing({ A1: "é", B4: "x" }));
  for (const size of [1, 2, 3, 5, 7, 13, 64]) expect(await run(SHEET(), editing({ A1: "é", B4: "x" }), size)).toBe(whole);
  // With nothing wanted, the part passes through whole.
  expect(await run(SHEET(), editing({}), 3)).toBe(SHEET());
});

test("a prefixed SpreadsheetML part (x:c): the new cell in the same prefix", async () => {
  const out = await run(SHEET("x:"), editing({ A1: "new" }));
  expect(out).toBe(SHEET("x:").replace(`<x:c r="A1" s="3" t="s"><x:v>0</x:v></x:c>`, inline("A1", ` s="3"`, "new", "x:")));
});

test("what each cell holds: formulas (own, shared, in an array's range), shared string indices, inline and rich text without phonetic guides, booleans, numbers", async () => {
  const seen: CellElement[] = [];
  await run(SHEET(), { wants: () => true, onCell: (cell) => void seen.push(cell) });
  const contents = Object.fromEntries(seen.map((cell) => [cell.address, cellContent(cell)]));
  expect(Object.keys(contents)).toEqual(["A1", "B1", "A2", "B2", "C2", "A3", "B3", "C3", "D3", "A4", "B4"]);
  expect(contents.A1).toEqual({ formula: false, value: "", sharedIndex: 0 });
  expect(contents.B1).toEqual({ formula: false, value: "Côte d'Ivoire & co" });
  expect(contents.B2.formula).toBe(true);
  expect(contents.B3).toEqual({ formula: true, value: 2 }); // in the range of B2's array formula, without an <f> of its own
  expect(contents.C3.formula).toBe(true);
  expect(contents.A3).toEqual({ formula: true, value: "x" });
  expect(contents.D3).toEqual({ formula: false, value: true });
  expect(contents.A4).toEqual({ formula: false, value: "ISIS <militants>" });
  expect(contents.B4).toEqual({ formula: false, value: 4.5 });
});

test("a part in another encoding than UTF-8, or with a DTD, is refused in one sentence", async () => {
  await expect(run(`<?xml version="1.0" encoding="ISO-8859-1"?><worksheet/>`, editing({}))).rejects.toThrow(/in ISO-8859-1, which cannot be edited in place/);
  await expect(run(`<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "b">]><worksheet/>`, editing({}))).rejects.toThrow(/DTD/);
  await expect(run(`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>`, editing({ A1: "x" }))).rejects.toThrow(/truncated/);
});

test("any text, escaped as Excel writes it, reads back as itself", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), (text) => {
      const escaped = escapeCellText(text);
      // Nothing XML 1.0 cannot hold is left: no C0 control but tab and line feed, no lone surrogate, no U+FFFE/U+FFFF.
      expect(escaped).not.toMatch(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[<>]/);
      expect(decodeExcelEscapes(unescapeXml(escaped))).toBe(text);
    }),
    { numRuns: 500 },
  );
});
