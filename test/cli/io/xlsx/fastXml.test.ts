import { SaxesParser } from "saxes";
import { FastXmlParser } from "../../../../src/cli/io/xlsx/fastXml";
import { localName, MalformedPartError } from "../../../../src/cli/io/xlsx/partXml";

/** The events a reader sends, text pieces joined (either reader may split character data). */
function eventsOf(feed: (handlers: { open: (name: string, attributes: Record<string, string>, selfClosing: boolean) => void; text: (text: string) => void; close: (name: string) => void }) => void): string[] {
  const events: string[] = [];
  let text = "";
  const flush = () => {
    if (text) events.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  feed({
    open(name, attributes, selfClosing) {
      flush();
      events.push(`open ${name} ${JSON.stringify(Object.entries(attributes).filter(([, value]) => value !== undefined).sort())}${selfClosing ? " /" : ""}`);
    },
    text(piece) {
      text += piece;
    },
    close(name) {
      flush();
      events.push(`close ${name}`);
    },
  });
  flush();
  return events;
}

function bySaxes(xml: string): string[] {
  return eventsOf((handlers) => {
    const parser = new SaxesParser({ xmlns: false });
    let depth = 0;
    parser.on("opentag", (tag) => {
      depth++;
      handlers.open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing);
    });
    // saxes reports white space outside the root as text too; the fast reader drops it (nothing reads it).
    parser.on("text", (text) => (depth > 0 ? handlers.text(text) : undefined));
    parser.on("cdata", handlers.text);
    parser.on("closetag", (tag) => {
      depth--;
      handlers.close(localName(tag.name));
    });
    parser.write(xml).close();
  });
}

function byFast(xml: string, chunk: number, only?: string[]): string[] {
  return eventsOf((handlers) => {
    const parser = new FastXmlParser("part.xml", handlers, only);
    for (let i = 0; i < xml.length; i += chunk) parser.write(xml.slice(i, i + chunk));
    parser.close();
  });
}

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:C3"/><!-- a comment with <c r="Z9"> inside --><sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2" t="inlineStr"><is><t xml:space="preserve"> a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233;&#x1F600; </t></is></c><c r="C1" t="str"><f>A1&amp;"x"</f><v>Tom &amp; Jerry</v></c></row><row r = '2' hidden="1"><c r="A2"><v>45366</v></c><c r="B2" t="inlineStr"><is><t><![CDATA[<not a tag> & raw]]></t></is></c></row><x:row xmlns:x="urn:x" r="3"><x:c r="A3" t="b"><x:v>1</x:v></x:c></x:row><?pi data?></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>
`;

// Line ends as a Windows writer may leave them raw: XML reads CR LF and a lone CR as LF, in text, CDATA and attributes (as spaces there).
const LINE_ENDS = `<sst count="2"><si><t>x\r\ny\rz\r</t></si><si><t><![CDATA[a\r\nb]]>&#13;kept</t></si><x a="1\r\n2\t3"/></sst>`;

const SHARED = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>Islamic State (Sahel)</t></si><si><r><rPr><b/></rPr><t>JNIM</t></r><r><t xml:space="preserve"> (al-Qaeda)</t></r></si><si/><si><t>_x000D_line&#10;two</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si></sst>`;

describe("FastXmlParser: the same events as saxes, wherever the text is cut", () => {
  test.each([
    ["a worksheet (prefixes, comments, CDATA, PIs, entities, single quotes, spaces around =)", SHEET],
    ["shared strings (rich text, phonetic runs, empty items, character references)", SHARED],
    ["raw line ends (CR LF, lone CR, a CR cut from its LF by a chunk's end, in CDATA and attributes)", LINE_ENDS],
  ])("%s", (_, xml) => {
    const expected = bySaxes(xml);
    for (const chunk of [1, 2, 3, 5, 7, 13, 64, 1000, xml.length]) expect(byFast(xml, chunk)).toEqual(expected);
  });

  test("with `only`, the handlers see just the attributes they read, and none left over from an earlier tag", () => {
    const events = byFast(SHEET, 3, ["r", "t", "hidden"]);
    expect(events).toContain(`open c ${JSON.stringify([["r", "B1"], ["t", "inlineStr"]])}`);
    expect(events).toContain(`open row ${JSON.stringify([["hidden", "1"], ["r", "2"]])}`);
    expect(events).toContain(`open row ${JSON.stringify([["r", "3"]])}`);
    expect(events).toContain(`open c ${JSON.stringify([["r", "A2"]])}`);
    expect(events.filter((event) => event.includes("spans") || event.includes('["s",'))).toEqual([]);
  });
});

describe("FastXmlParser: what it refuses, each as a sentence", () => {
  test.each([
    ["a DTD (the billion laughs)", `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><sst>&lol2;</sst>`, /declares a DTD/],
    ["an undefined entity", `<sst><si><t>&lol;</t></si></sst>`, /entity &lol;/],
    ["a bare ampersand", `<sst><si><t>a & b</t></si></sst>`, /"&" that begins no entity/],
    ["a character reference to no character", `<sst><si><t>&#0;</t></si></sst>`, /character reference/],
    ["tags closed out of order", `<a><b></a></b>`, /<\/a> closes <b>/],
    ["a part cut short", `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>`, /ends before <\/c>/],
    ["a part cut inside a tag", `<worksheet><sheetData><row r="1`, /ends inside a tag/],
    ["two roots", `<a/><b/>`, /second root/],
    ["text outside the root", `<a/>text`, /text outside its root/],
    ["an unquoted attribute", `<a r=1/>`, /not quoted/],
    ["an attribute twice", `<a r="1" r="2"/>`, /attribute r twice/],
    ["an attribute without a value before the next one (never skipped over)", `<c r="A1" t><v>1</v></c><c r="B1"><v>2</v></c>`, /attribute without a value/],
    ["no element at all", `<?xml version="1.0"?>`, /holds no element/],
  ])("%s", (_, xml, why) => {
    for (const [chunk, only] of [1, 4, xml.length].flatMap((size) => [[size, undefined], [size, ["r", "t", "s"]]] as const)) {
      let error: unknown;
      try {
        byFast(xml, chunk, only ? [...only] : undefined);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(MalformedPartError);
      expect((error as Error).message).toMatch(/^its part part\.xml is not well-formed XML \(/);
      expect((error as Error).message).toMatch(why);
    }
  });
});
