import { decodeText, DecodedText } from "../../../src/cli/io/decodeText";

const utf8 = (text: string) => Buffer.from(text, "utf8");
const decoded = (bytes: Buffer): DecodedText => {
  const result = decodeText(bytes);
  if ("refused" in result) throw new Error(`refused: ${result.refused}`);
  return result;
};
/** The text as a cell would get it: each damaged sequence U+FFFD. */
const shown = (result: DecodedText) => result.text.split(result.marker).join("\ufffd");

describe("UTF-8 or Windows-1252: the share of invalid sequences decides", () => {
  test("valid UTF-8 is UTF-8, nothing damaged", () => {
    expect(decoded(utf8("a,é,هجوم\r\n"))).toMatchObject({ encoding: "utf-8", bom: false, undecodable: 0, text: "a,é,هجوم\r\n" });
  });

  test("as many invalid sequences as valid ones: still UTF-8, each invalid one marked", () => {
    const result = decoded(Buffer.concat([utf8("é,"), Buffer.from([0xe9]), utf8(",x")]));
    expect(result).toMatchObject({ encoding: "utf-8", undecodable: 1, utf8Sequences: 1, invalidUtf8Sequences: 1 });
    expect(shown(result)).toBe("é,\ufffd,x");
  });

  test("one more invalid than valid: Windows-1252, the valid pair read as two characters", () => {
    const result = decoded(Buffer.concat([utf8("é,"), Buffer.from([0xe9, 0x2c, 0x92])]));
    expect(result).toMatchObject({ encoding: "windows-1252", undecodable: 0, utf8Sequences: 1, invalidUtf8Sequences: 2 });
    expect(result.text).toBe("Ã©,é,’");
  });

  test("every character Windows-1252 puts at 0x80–0x9F, not Latin-1's control characters", () => {
    const bytes = Buffer.from([0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f]);
    expect(decoded(bytes).text).toBe("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
  });

  test("the five bytes Windows-1252 leaves undefined are damage, not characters", () => {
    const result = decoded(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x81]));
    expect(result).toMatchObject({ encoding: "windows-1252", undecodable: 1 });
    expect(shown(result)).toBe("café,\ufffd");
  });

  test("an invalid sequence never swallows the ASCII byte after it (WHATWG's maximal subpart)", () => {
    // E2 82 is the start of € cut short; the comma after it is still a separator.
    const result = decoded(Buffer.concat([utf8("€€,"), Buffer.from([0xe2, 0x82]), utf8(",€")]));
    expect(result).toMatchObject({ encoding: "utf-8", undecodable: 1 });
    expect(shown(result)).toBe("€€,\ufffd,€");
  });

  test("the marker is a character the file does not hold, so a U+FFFD already in it is not counted as damage", () => {
    const result = decoded(Buffer.concat([utf8("\ufffd\ufdd0é,é,"), Buffer.from([0xff])]));
    expect(result.marker).not.toBe("\ufffd");
    expect(result.marker).not.toBe("\ufdd0");
    expect(result.text.split(result.marker)).toHaveLength(2);
    expect(shown(result)).toBe("\ufffd\ufdd0é,é,\ufffd");
  });
});

describe("byte-order marks and UTF-16", () => {
  test("a UTF-8 BOM decides UTF-8 even where most sequences are invalid", () => {
    const result = decoded(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x2c, 0xe8]));
    expect(result).toMatchObject({ encoding: "utf-8", bom: true, undecodable: 2 });
    expect(shown(result)).toBe("a\ufffd,\ufffd");
  });

  test.each([
    ["utf-16le", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id\tnotes\r\n1\t’هجوم\r\n", "utf16le")])],
    ["utf-16be", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("id\tnotes\r\n1\t’هجوم\r\n", "utf16le").swap16()])],
  ])("%s with its BOM", (encoding, bytes) => {
    expect(decoded(bytes)).toMatchObject({ encoding, bom: true, undecodable: 0, text: "id\tnotes\r\n1\t’هجوم\r\n" });
  });

  test.each([
    ["utf-16le", Buffer.from("id,notes\r\n1,هجوم\r\n", "utf16le")],
    ["utf-16be", Buffer.from("id,notes\r\n1,هجوم\r\n", "utf16le").swap16()],
  ])("%s without a BOM, told by its NUL bytes", (encoding, bytes) => {
    expect(decoded(bytes)).toMatchObject({ encoding, bom: false, text: "id,notes\r\n1,هجوم\r\n" });
  });

  test("a lone surrogate and a last odd byte are damage", () => {
    const body = Buffer.from("a,b\r\nc,d", "utf16le");
    const result = decoded(Buffer.concat([Buffer.from([0xff, 0xfe]), body, Buffer.from([0x00, 0xd8]), Buffer.from(",", "utf16le"), Buffer.from([0x41])]));
    expect(result).toMatchObject({ encoding: "utf-16le", undecodable: 2 });
    expect(shown(result)).toBe("a,b\r\nc,d\ufffd,\ufffd");
  });
});

describe("what is no text is refused", () => {
  test.each([
    ["NULs in both halves", Buffer.from([0x00, 0x01, 0x02, 0x00, 0x41, 0x00, 0x00, 0x42]), "not a text CSV file (it holds binary data)"],
    ["a NUL character in UTF-16", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a\u0000b", "utf16le")]), "not a text CSV file (it holds binary data)"],
    ["a zip package", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]), "not a text CSV file but a zip package (an .xlsx workbook named .csv? give it its .xlsx name)"],
  ])("%s", (_name, bytes, refused) => {
    expect(decodeText(bytes)).toEqual({ refused });
  });
});
