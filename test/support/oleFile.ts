/**
 * A minimal OLE compound file ([MS-CFB], version 3, 512-byte sectors) holding empty streams
 * of the given names: the container of an Excel 97–2003 workbook (`Workbook`) and of a
 * password-encrypted .xlsx (`EncryptionInfo`, `EncryptedPackage`), for tests of how such a
 * file is told apart. Its header, FAT and directory are real; the streams hold no data.
 */
export function oleFile(streamNames: string[]): Buffer {
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + 4 * i);

  const entries = ["Root Entry", ...streamNames];
  const directorySectors = Math.ceil(entries.length / 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 is the FAT
  for (let s = 0; s < directorySectors; s++) fat.writeUInt32LE(s === directorySectors - 1 ? END : s + 2, 4 * (s + 1));

  const directory = Buffer.alloc(512 * directorySectors);
  entries.forEach((name, i) => {
    const at = i * 128;
    const utf16 = Buffer.from(`${name}\u0000`, "utf16le");
    utf16.copy(directory, at);
    directory.writeUInt16LE(utf16.length, at + 0x40);
    directory[at + 0x42] = i === 0 ? 5 : 2;
    directory[at + 0x43] = 1; // black
    directory.writeUInt32LE(FREE, at + 0x44);
    directory.writeUInt32LE(i > 0 && i < entries.length - 1 ? i + 1 : FREE, at + 0x48);
    directory.writeUInt32LE(i === 0 && entries.length > 1 ? 1 : FREE, at + 0x4c);
    directory.writeUInt32LE(END, at + 0x74);
  });
  return Buffer.concat([header, fat, directory]);
}
