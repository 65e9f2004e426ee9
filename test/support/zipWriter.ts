import { closeSync, openSync, writeSync } from "node:fs";
import { constants, crc32, deflateRawSync } from "node:zlib";

/**
 * A zip package written by hand, entry by entry, for tests that need what no library writes:
 * sheets too large for jszip to build in memory (their XML deflated chunk by chunk, each chunk
 * closed with a full flush so that the pieces make one deflate stream), sizes that lie, zip
 * bombs, thousands of entries. No zip64: every entry and the file stay below 4 GiB.
 */
export interface ZipEntrySource {
  name: string;
  /** The entry's content, or its pieces in order (generated lazily for big parts). */
  data: string | Buffer | Iterable<string | Buffer>;
  /** Already-deflated pieces to write as they are (a bomb's repeated block), with the size they inflate to. */
  deflated?: { pieces: Iterable<Buffer>; uncompressedSize: number };
  /** The uncompressed size to declare instead of the real one (a lying directory). */
  declaredSize?: number;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** One piece of a deflate stream that more pieces may follow (a full flush: byte-aligned, no shared history). */
export const deflatePiece = (data: string | Buffer) => deflateRawSync(typeof data === "string" ? Buffer.from(data, "utf8") : data, { finishFlush: constants.Z_FULL_FLUSH });
/** The last piece of a deflate stream. */
export const deflateEnd = () => deflateRawSync(Buffer.alloc(0));

export function writeZip(path: string, entries: Iterable<ZipEntrySource>): void {
  const fd = openSync(path, "w");
  let offset = 0;
  const write = (buffer: Buffer) => {
    writeSync(fd, buffer);
    offset += buffer.length;
  };
  const central: Buffer[] = [];
  let count = 0;
  try {
    for (const entry of entries) {
      const name = Buffer.from(entry.name, "utf8");
      const headerAt = offset;
      // Sizes and CRC are patched in after the data (no data descriptor, which some readers mind).
      write(Buffer.concat([u32(0x04034b50), u16(20), u16(0x0800), u16(8), u16(0), u16(0x21), u32(0), u32(0), u32(0), u16(name.length), u16(0), name]));
      let crc = 0;
      let compressed = 0;
      let uncompressed = 0;
      if (entry.deflated) {
        for (const piece of entry.deflated.pieces) {
          write(piece);
          compressed += piece.length;
        }
        uncompressed = entry.deflated.uncompressedSize;
      } else {
        const pieces = typeof entry.data === "string" || Buffer.isBuffer(entry.data) ? [entry.data] : entry.data;
        for (const piece of pieces) {
          const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
          crc = crc32(bytes, crc);
          uncompressed += bytes.length;
          const out = deflatePiece(bytes);
          write(out);
          compressed += out.length;
        }
        const end = deflateEnd();
        write(end);
        compressed += end.length;
      }
      const declared = entry.declaredSize ?? uncompressed;
      writeSync(fd, Buffer.concat([u32(crc), u32(compressed), u32(declared)]), 0, 12, headerAt + 14);
      central.push(Buffer.concat([u32(0x02014b50), u16(20), u16(20), u16(0x0800), u16(8), u16(0), u16(0x21), u32(crc), u32(compressed), u32(declared), u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(headerAt), name]));
      count++;
    }
    const directoryAt = offset;
    const directory = Buffer.concat(central);
    write(directory);
    write(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(Math.min(count, 0xffff)), u16(Math.min(count, 0xffff)), u32(directory.length), u32(directoryAt), u16(0)]));
  } finally {
    closeSync(fd);
  }
}

/** The parts of a minimal workbook around the given sheets' XML (by sheet name), for `writeZip`. */
export function minimalWorkbook(sheets: { name: string; xml: ZipEntrySource["data"] }[], extra: ZipEntrySource[] = []): ZipEntrySource[] {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    },
    { name: "_rels/.rels", data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
    },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheet.xml })),
    ...extra,
  ];
}

export const SHEET_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
export const SHEET_END = `</sheetData></worksheet>`;
