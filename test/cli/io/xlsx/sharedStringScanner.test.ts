import { Readable } from "node:stream";
import { readSharedStrings } from "../../../../src/cli/io/xlsx/sharedStrings";

/**
 * The shared-string scanner must give the table the general parser gives (the same strings,
 * the same refusals), wherever the inflated bytes are cut into chunks.
 */
const START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">`;
const table = (items: string) => `${START}${items}</sst>`;

async function read(xml: Buffer, chunk: number, how: "scan items" | "parser only"): Promise<{ strings?: string[]; error?: string }> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < xml.length; i += chunk) pieces.push(xml.subarray(i, i + chunk));
  try {
    return { strings: await readSharedStrings(Readable.from(pieces), "xl/sharedStrings.xml", how) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function expectSameAtEveryChunkSize(xml: string): Promise<{ strings?: string[]; error?: string }> {
  const bytes = Buffer.from(xml, "utf8");
  const expected = await read(bytes, bytes.length, "parser only");
  for (let size = 1; size <= bytes.length; size++) {
    const actual = await read(bytes, size, "scan items");
    if (JSON.stringify(actual) !== JSON.stringify(expected)) expect({ size, ...actual }).toEqual({ size, ...expected });
  }
  return expected;
}

const CASES: [string, string, string[]][] = [
  ["LibreOffice's items", `<si><t xml:space="preserve">incident_id</t></si><si><t xml:space="preserve">Burkina Faso</t></si><si><t>plain</t></si>`, ["incident_id", "Burkina Faso", "plain"]],
  ["entities and character references", `<si><t>Tom &amp; Jerry &lt;&gt; &quot;&apos;</t></si><si><t>&#233;&#x1F600;</t></si><si><t>a</t></si>`, ['Tom & Jerry <> "\'', "é😀", "a"]],
  ["non-ASCII text", `<si><t>Sénégal 😀 جمهورية</t></si><si><t>日本語</t></si>`, ["Sénégal 😀 جمهورية", "日本語"]],
  ["Excel's escapes", `<si><t>line_x000D__x000A_next _x005F_x0041_</t></si>`, ["line\r\nnext _x0041_"]],
  ["rich text and phonetic guides", `<si><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r></si><si><t>東京</t><rPh sb="0" eb="2"><t>とうきょう</t></rPh><phoneticPr fontId="1"/></si><si><t>after</t></si>`, ["rich text", "東京", "after"]],
  ["empty and self-closing items", `<si/><si><t/></si><si><t></t></si><si></si><si><t>x</t></si>`, ["", "", "", "", "x"]],
  ["CDATA, comments, white space and line breaks", `<si><t><![CDATA[<raw> & ]]></t></si><!-- note --><si>\n  <t>\r\n spaced \r\n</t>\n</si><?pi x?><si><t>b<!-- in -->c</t></si>`, ["<raw> & ", "\n spaced \n", "bc"]],
  ["prefixed names", `<x:si xmlns:x="urn:x"><x:t>one</x:t></x:si><si><t>two</t></si>`, ["one", "two"]],
  ["attributes of every shape", `<si><t xml:space = 'preserve' odd="&bogus;<">q</t></si><si><t\txml:space="preserve"\n>r</t></si>`, ["q", "r"]],
];

describe("the shared-string scanner reads as the general parser, at every chunk size", () => {
  test.each(CASES)("%s", async (_, items, strings) => {
    const expected = await expectSameAtEveryChunkSize(table(items));
    expect(expected).toEqual({ strings });
  });

  test("a byte-order mark before the declaration", async () => {
    expect(await expectSameAtEveryChunkSize(`\ufeff${table("<si><t>a</t></si>")}`)).toEqual({ strings: ["a"] });
  });

  test("3,000 items, some for the parser: the same at chunk sizes up to 64 KB", async () => {
    let items = "";
    for (let i = 0; i < 3000; i++) items += i % 7 === 0 ? `<si><r><t>rich ${i}</t></r></si>` : i % 5 === 0 ? `<si><t>a &amp; ${i}</t></si>` : `<si><t xml:space="preserve">item ${i} é</t></si>`;
    const xml = Buffer.from(table(items), "utf8");
    const expected = await read(xml, xml.length, "parser only");
    expect(expected.strings).toHaveLength(3000);
    for (const size of [1, 3, 100, 4096, 65536]) expect(await read(xml, size, "scan items")).toEqual(expected);
  });
});

describe("the shared-string scanner leaves refusals to the general parser: the same sentence", () => {
  const REFUSED: [string, string][] = [
    ["cut short inside an item", `${START}<si><t>abc`],
    ["cut short after an item", `${START}<si><t>abc</t></si>`],
    ["an undefined entity", table(`<si><t>&bogus;</t></si>`)],
    ["a bare ampersand", table(`<si><t>a & b</t></si>`)],
    ["a reference to no character", table(`<si><t>&#0;</t></si>`)],
    ["a tag closed by another", table(`<si><t>a</si></t>`)],
    ["a DTD", table(`<si><t>a</t></si><!DOCTYPE x [<!ENTITY a "b">]>`)],
  ];
  test.each(REFUSED)("%s", async (_, xml) => {
    const expected = await expectSameAtEveryChunkSize(xml);
    expect(expected.error).toMatch(/is not well-formed XML/);
  });
});
