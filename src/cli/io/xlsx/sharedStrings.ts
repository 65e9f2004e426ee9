import { Readable } from "node:stream";
import { FastXmlParser } from "./fastXml";
import { ScannedPartReader } from "./scannedPart";
import { SharedStringScanner } from "./sharedStringScanner";

/**
 * Excel's escapes for characters XML cannot hold (`_x000D_` for a carriage return, `_x005F_`
 * for an underscore that would otherwise start one), decoded as exceljs decodes them.
 */
export function decodeExcelEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of one string item (`<si>` of the shared strings, `<is>` of an inline
 * string): plain `<t>` or the runs `<r><t>` of rich text, but not the phonetic guide `<rPh>`
 * (the furigana Japanese Excel adds above a name is no part of its value). Text inside `<t>`
 * is kept as written, spaces and line breaks included, whatever `xml:space` says: Excel does.
 */
export class StringItemText {
  private parts: string[] = [];
  private inT = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === "t" && this.phonetic === 0) this.inT = true;
    else if (name === "rPh") this.phonetic++;
  }

  close(name: string): void {
    if (name === "t") this.inT = false;
    else if (name === "rPh") this.phonetic--;
  }

  text(text: string): void {
    if (this.inT) this.parts.push(text);
  }

  /** The item's text, and a fresh start for the next item. */
  take(): string {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.inT = false;
    this.phonetic = 0;
    return decodeExcelEscapes(text);
  }
}

/**
 * The shared string table (`xl/sharedStrings.xml`), read as a stream: its plain items by a
 * scanner on the bytes, the others by the general parser (see `ScannedPartReader`).
 * `how`: "parser only" reads every item with the parser (what the scanner's tests compare with).
 */
export async function readSharedStrings(stream: Readable, part = "xl/sharedStrings.xml", how: "scan items" | "parser only" = "scan items"): Promise<string[]> {
  const strings: string[] = [];
  const item = new StringItemText();
  let inItem = false;
  const handlers = {
    open(name: string, _attributes: Record<string, string>, selfClosing: boolean) {
      if (name === "si") {
        inItem = true;
        if (selfClosing) {
          strings.push("");
          inItem = false;
        }
      } else if (inItem) item.open(name);
      // The items go to the scanner from here.
      else if (name === "sst" && !selfClosing) reader.offerPause();
    },
    text(text: string) {
      if (inItem) item.text(text);
    },
    close(name: string) {
      if (name === "si" && inItem) {
        strings.push(item.take());
        inItem = false;
        reader.offerPause();
      } else if (inItem) item.close(name);
    },
  };
  const parser = new FastXmlParser(part, handlers, []);
  const reader = new ScannedPartReader(parser, how === "scan items" ? new SharedStringScanner(strings) : undefined, "</si>");
  try {
    // The table is gathered whole: every sheet refers into it.
    for await (const chunk of stream) reader.write(chunk as Buffer);
    reader.end();
  } finally {
    stream.destroy();
  }
  return strings;
}
