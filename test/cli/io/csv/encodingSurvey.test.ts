import fc from "fast-check";
import { EncodingDecision, EncodingSurvey, FIRST_LOOK_BYTES, firstLook, RefusedText } from "../../../../src/cli/io/csv/encodingSurvey";
import { textChunkDecoder } from "../../../../src/cli/io/csv/textChunkDecoder";
import { decodeText } from "../../../../src/cli/io/decodeText";
import { READABLE, REFUSED } from "./csvCorpus";
import { legacyDecodeText } from "./legacyCsvReader";

/**
 * The encoding is decided and the bytes decoded the same wherever the chunks cut them: the
 * survey's and the decoders' carries (a UTF-8 sequence, a UTF-16 code unit or surrogate
 * pair cut in two) make chunked reading equal to reading the whole file as one chunk, which
 * is what decodeText does; and decodeText decides as it did before (legacyCsvReader.ts).
 */
function chunked(bytes: Buffer, size: number): { decision: EncodingDecision | RefusedText; text?: string; undecodable?: number } {
  const look = firstLook(bytes.subarray(0, FIRST_LOOK_BYTES));
  if ("refused" in look) return { decision: look };
  const body = bytes.subarray(look.skip);
  const chunks = Array.from({ length: Math.ceil(body.length / size) }, (_, i) => body.subarray(i * size, (i + 1) * size));
  const survey = new EncodingSurvey(look);
  do for (const chunk of chunks) survey.feed(chunk);
  while (survey.endPass());
  const decision = survey.outcome();
  if ("refused" in decision) return { decision };
  const decoder = textChunkDecoder(decision);
  const text = chunks.map((chunk) => decoder.write(chunk)).join("") + decoder.end();
  return { decision, text, undecodable: decoder.undecodable };
}

const whole = (bytes: Buffer) => chunked(bytes, Math.max(bytes.length, 1));

/** What decodeText says, in the chunked reader's terms. */
function asDecodeText(bytes: Buffer) {
  const result = whole(bytes);
  if ("refused" in result.decision) return result.decision;
  const { encoding, bom, marker, utf8Sequences, invalidUtf8Sequences } = result.decision;
  return { text: result.text, encoding, bom, marker: result.undecodable ? marker : "\ufffd", undecodable: result.undecodable, utf8Sequences, invalidUtf8Sequences };
}

test.each([...READABLE, ...REFUSED.map(([name, bytes]) => [name, bytes] as [string, Buffer])])("%s: the same decision and text in chunks of 1 to 7 bytes as whole", (_name, bytes) => {
  const expected = whole(bytes);
  // decodeText, now the survey and the decoders over one chunk, decides as it did before they were shared.
  expect(asDecodeText(bytes)).toEqual(decodeText(bytes));
  expect(decodeText(bytes)).toEqual(legacyDecodeText(bytes));
  for (let size = 1; size <= 7; size++) expect([size, chunked(bytes, size)]).toEqual([size, expected]);
});

test("random bytes (UTF-8 pieces, cut sequences, Windows-1252 bytes, noncharacters, UTF-16 surrogates): chunks change nothing", () => {
  const piece = fc.constantFrom(
    [0x61],
    [0x2c],
    [0x0d, 0x0a],
    [0x22],
    [0xc3, 0xa9], // é
    [0xe2, 0x82, 0xac], // €
    [0xf0, 0x9d, 0x84, 0x9e], // 𝄞
    [0xef, 0xb7, 0x90], // U+FDD0
    [0xef, 0xb7, 0x91], // U+FDD1
    [0xef, 0xbf, 0xbd], // U+FFFD
    [0xe9],
    [0x92],
    [0x81],
    [0xe2, 0x82],
    [0xf0, 0x9d],
    [0xed, 0xa0, 0x80], // a surrogate in UTF-8: invalid
    [0xc0, 0xaf], // overlong
  );
  const utf8ish = fc.array(piece, { maxLength: 30 }).map((pieces) => Buffer.from(pieces.flat()));
  const utf16ish = fc
    .tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff]), fc.array(fc.constantFrom(0x0041, 0x002c, 0x000a, 0xd834, 0xdd1e, 0xfdd0, 0xfdd1, 0x00e9, 0x0627), { maxLength: 20 }), fc.boolean())
    .map(([bom, units, odd]) => {
      const body = Buffer.alloc(units.length * 2);
      units.forEach((unit, i) => (bom[0] === 0xff ? body.writeUInt16LE(unit, 2 * i) : body.writeUInt16BE(unit, 2 * i)));
      return Buffer.concat([Buffer.from(bom), body, Buffer.from(odd ? [0x41] : [])]);
    });
  fc.assert(
    fc.property(fc.oneof(utf8ish, utf8ish.map((b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])), utf16ish), fc.integer({ min: 1, max: 9 }), (bytes, size) => {
      expect(chunked(bytes, size)).toEqual(whole(bytes));
      expect(decodeText(bytes)).toEqual(legacyDecodeText(bytes));
    }),
    { numRuns: 3000, seed: 1201 },
  );
});
