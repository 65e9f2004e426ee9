import { FileHandle } from "node:fs/promises";

/** The first eight bytes of an OLE compound file (Office 97–2003 documents, and password-encrypted OOXML). */
export const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECT = 0xffffffff;
const DIRECTORY_ENTRY = 128;

/**
 * The names of the streams and storages of an OLE compound file ([MS-CFB]): enough to tell
 * an encrypted workbook (`EncryptionInfo`, `EncryptedPackage`) from an Excel 97–2003 workbook
 * (`Workbook`, or `Book` for Excel 5) or a Word document. Reads the header, the FAT and the
 * directory chain only, sector by sector; undefined where the structure is damaged.
 */
export async function oleStreamNames(file: FileHandle, fileSize: number): Promise<string[] | undefined> {
  const header = Buffer.alloc(512);
  if ((await file.read(header, 0, 512, 0)).bytesRead < 512 || !header.subarray(0, 8).equals(OLE_MAGIC)) return undefined;
  const sectorShift = header.readUInt16LE(0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.ceil(fileSize / sectorSize);
  const readSector = async (sector: number): Promise<Buffer | undefined> => {
    if (sector >= sectorCount) return undefined;
    const buffer = Buffer.alloc(sectorSize);
    const { bytesRead } = await file.read(buffer, 0, sectorSize, (sector + 1) * sectorSize);
    return bytesRead > 0 ? buffer : undefined;
  };

  // The FAT's own sectors: the first 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = header.readUInt32LE(0x4c + 4 * i);
    if (sector !== FREE_SECT) fatSectors.push(sector);
  }
  let difat = header.readUInt32LE(0x44);
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE_SECT && hops < sectorCount; hops++) {
    const sector = await readSector(difat);
    if (!sector) return undefined;
    for (let i = 0; i < sectorSize / 4 - 1; i++) {
      const entry = sector.readUInt32LE(4 * i);
      if (entry !== FREE_SECT) fatSectors.push(entry);
    }
    difat = sector.readUInt32LE(sectorSize - 4);
  }
  const fat: number[] = [];
  for (const fatSector of fatSectors.slice(0, sectorCount)) {
    const sector = await readSector(fatSector);
    if (!sector) return undefined;
    for (let i = 0; i < sectorSize / 4; i++) fat.push(sector.readUInt32LE(4 * i));
  }

  const names: string[] = [];
  let next = header.readUInt32LE(0x30);
  // The chain is bounded by the file's sectors, so that a looping FAT cannot hold us.
  for (let hops = 0; next !== END_OF_CHAIN && hops < sectorCount; hops++) {
    const sector = await readSector(next);
    if (!sector) return names.length ? names : undefined;
    for (let offset = 0; offset + DIRECTORY_ENTRY <= sectorSize; offset += DIRECTORY_ENTRY) {
      const type = sector[offset + 0x42];
      const length = sector.readUInt16LE(offset + 0x40);
      if ((type === 1 || type === 2 || type === 5) && length >= 2 && length <= 64) names.push(sector.toString("utf16le", offset, offset + length - 2));
    }
    next = fat[next] ?? END_OF_CHAIN;
  }
  return names;
}
