import { IdTable, idHash } from "../../../src/domain/checks/idTable";
import { random } from "../../support/generateWorkbook";

/** Tables under the real hash, and under hashes that make IDs collide so that only the characters tell them apart. */
const HASHES: { name: string; make: () => IdTable }[] = [
  { name: "its own hash", make: () => new IdTable({ seed: 1 }) },
  { name: "one hash for every ID", make: () => new IdTable({ hash: () => 12345 }) },
  { name: "a hash of the length alone", make: () => new IdTable({ hash: (id) => id.length }) },
];

/** Groups of IDs that are all different from each other (and one ID may be a prefix of another). */
const DIFFERENT: { why: string; ids: string[] }[] = [
  { why: "the empty ID, a space, a NUL", ids: ["", " ", "\u0000", "\u0000\u0000"] },
  { why: "case", ids: ["BFA1001", "bfa1001", "Bfa1001", "bFA1001"] },
  { why: "trailing and leading spaces", ids: ["BFA1001", "BFA1001 ", " BFA1001", "BFA1001\u00a0", "BFA1001\t"] },
  { why: "prefixes", ids: ["BFA1", "BFA10", "BFA100", "BFA1001"] },
  { why: "Latin-1 letters and their ASCII look-alikes", ids: ["CIV1", "CÔTE1", "COTE1", "Côte1", "Cote1", "Co\u0302te1"] },
  { why: "wider letters", ids: ["Ελλάδα1", "Ελλαδα1", "日本1", "日本2", "Україна1"] },
  { why: "astral characters and lone surrogates", ids: ["😀", "😁", "\ud83d", "\ude00", "\ude00\ud83d", "𝐀1", "𝐀2", "A😀"] },
  // A two-byte ID whose bytes read as Latin-1 would be a one-byte ID of twice its length, and the other way round.
  { why: "code units above U+00FF against the Latin-1 bytes they are stored as", ids: ["\u0100", "\u0000\u0001", "\u0001\u0000", "\u00ff", "\u01ff", "\uff01", "\u0100\u0100", "\u0000\u0001\u0000\u0001"] },
  { why: "a long ID and the same with one character changed", ids: ["A".repeat(32767), "A".repeat(32766) + "B", "A".repeat(32766), "A".repeat(16000) + "Ā" + "A".repeat(16766)] },
];

describe.each(HASHES)("an ID table with $name", ({ make }) => {
  test.each(DIFFERENT)("tells apart IDs that differ by $why, and finds each again exactly", ({ ids }) => {
    expect(new Set(ids).size).toBe(ids.length);
    const table = make();
    ids.forEach((id, index) => expect(table.getOrInsert(id, index + 2)).toBeUndefined());
    expect(table.size).toBe(ids.length);
    ids.forEach((id, index) => {
      expect(table.get(id)).toBe(index + 2);
      expect(table.has(id)).toBe(true);
      // The same ID again (made anew, not the same string object): its first row, the table unchanged.
      expect(table.getOrInsert(id.split("").join(""), 1000)).toBe(index + 2);
    });
    expect(table.size).toBe(ids.length);
    expect([...table.entries()]).toEqual(ids.map((id, index) => [id, index + 2]));
    expect(table.get(ids[0] + "?")).toBeUndefined();
    expect(table.has("never added")).toBe(false);
  });
});

test("the first row is kept, whatever the rows of the ID's later uses", () => {
  const table = new IdTable();
  expect(table.getOrInsert("BFA1", 7)).toBeUndefined();
  expect(table.getOrInsert("BFA1", 3)).toBe(7);
  expect(table.getOrInsert("BFA1", 9)).toBe(7);
  expect(table.get("BFA1")).toBe(7);
  expect([...table]).toEqual([["BFA1", 7]]);
});

test.each([-1, 1.5, 2 ** 32, Number.NaN, Infinity])("a row number %p is refused, not stored as another", (row) => {
  const table = new IdTable();
  expect(() => table.getOrInsert("BFA1", row)).toThrow(RangeError);
  expect(table.size).toBe(0);
});

test.each([0, 1, 1_048_576, 2 ** 32 - 1])("row %p is kept as it is", (row) => {
  const table = new IdTable();
  table.getOrInsert("BFA1", row);
  expect(table.get("BFA1")).toBe(row);
});

test("two IDs of the same hash under the table's own hash are two entries", () => {
  // A pair found by the birthday bound (about 58,000 IDs for 31 bits) for seed 1.
  const seen = new Map<number, string>();
  let pair: [string, string] | undefined;
  for (let i = 0; !pair && i < 1_000_000; i++) {
    const id = `ETH${i}`;
    const hash = idHash(id, 1);
    const other = seen.get(hash);
    if (other !== undefined) pair = [other, id];
    else seen.set(hash, id);
  }
  expect(pair).toBeDefined();
  const [a, b] = pair!;
  expect(idHash(a, 1)).toBe(idHash(b, 1));
  expect(a).not.toBe(b);
  const table = new IdTable({ seed: 1, capacity: 4 });
  expect(table.getOrInsert(a, 2)).toBeUndefined();
  expect(table.getOrInsert(b, 3)).toBeUndefined();
  expect(table.get(a)).toBe(2);
  expect(table.get(b)).toBe(3);
  expect(table.getOrInsert(b, 4)).toBe(3);
  // Still two after the index has doubled many times (entries placed again by their stored hashes).
  for (let i = 0; i < 5000; i++) table.getOrInsert(`fill${i}`, 10 + i);
  expect(table.get(a)).toBe(2);
  expect(table.get(b)).toBe(3);
});

/** IDs as a sheet of many rows has them: mostly new, some used again, some differing from an earlier one only in case, a space, an accent. */
function idStream(count: number, seed: number): string[] {
  const next = random(seed);
  const ids: string[] = [];
  const variants = [(id: string) => id.toLowerCase(), (id: string) => `${id} `, (id: string) => id.replace("A", "Â"), (id: string) => id.replace("A", "Ā"), (id: string) => `${id}😀`, () => ""];
  for (let i = 0; i < count; i++) {
    const r = next();
    if (i > 0 && r < 0.05) ids.push(ids[Math.floor(next() * i)]);
    else if (i > 0 && r < 0.08) ids.push(variants[Math.floor(next() * variants.length)](ids[Math.floor(next() * i)]));
    else ids.push(`${["BFA", "MLI", "NER", "ETH"][Math.floor(next() * 4)]}${Math.floor(next() * 10_000_000)}`);
  }
  return ids;
}

/** Replays `ids` on `table` and on a Map, row after row, and compares every answer and the end state. */
function agreesWithMap(table: IdTable, ids: readonly string[]): Map<string, number> {
  const reference = new Map<string, number>();
  const mismatches: string[] = [];
  ids.forEach((id, index) => {
    const row = index + 2;
    const expected = reference.get(id);
    if (expected === undefined) reference.set(id, row);
    const got = table.getOrInsert(id, row);
    if (got !== expected && mismatches.length < 5) mismatches.push(`row ${row}, ${JSON.stringify(id)}: ${got} instead of ${expected}`);
  });
  expect(mismatches).toEqual([]);
  expect(table.size).toBe(reference.size);
  // Compared by hand: Jest's deep equality over 200,000 pairs takes seconds.
  const expectedEntries = [...reference];
  let index = 0;
  for (const [id, row] of table.entries()) {
    const [expectedId, expectedRow] = expectedEntries[index++];
    if (id !== expectedId || row !== expectedRow || table.get(expectedId) !== expectedRow) mismatches.push(`entry ${index}: ${JSON.stringify([id, row])} instead of ${JSON.stringify([expectedId, expectedRow])}`);
    if (mismatches.length >= 5) break;
  }
  expect(mismatches).toEqual([]);
  expect(index).toBe(expectedEntries.length);
  return reference;
}

test("200,000 IDs, from a table of 8 through many doublings, agree with a Map", () => {
  const ids = idStream(200_000, 11);
  const table = new IdTable({ seed: 42 });
  const reference = agreesWithMap(table, ids);
  // The stream holds what the comparison must tell apart.
  expect(reference.size).toBeGreaterThan(180_000);
  expect(reference.size).toBeLessThan(ids.length);
  expect([...reference.keys()].some((id) => /[^\u0000-\u00ff]/.test(id))).toBe(true);
  expect(reference.has("")).toBe(true);
  // Compact: a Map holds 60–80 bytes an ID on the heap; this table's arrays (with their room to grow) far fewer.
  const perId = table.byteLength / table.size;
  process.stdout.write(`ID table: ${table.size} IDs in ${(table.byteLength / 1048576).toFixed(1)} MB of typed arrays, ${perId.toFixed(1)} bytes an ID\n`);
  expect(perId).toBeLessThan(64);
});

test("10,000 IDs under a hash with 64 values (long probes, every lookup comparing characters) agree with a Map", () => {
  const table = new IdTable({ hash: (id) => idHash(id, 5) & 63 });
  agreesWithMap(table, idStream(10_000, 3));
});

test("a table made for many IDs at first agrees with a Map too", () => {
  agreesWithMap(new IdTable({ capacity: 100_000, seed: 9 }), idStream(20_000, 4));
});

test("the hash's seed changes which IDs collide, not what the table answers", () => {
  expect(idHash("BFA1001", 1)).not.toBe(idHash("BFA1001", 2));
  const ids = idStream(5000, 8);
  const a = new IdTable({ seed: 1 });
  const b = new IdTable();
  ids.forEach((id, index) => expect(a.getOrInsert(id, index + 2)).toBe(b.getOrInsert(id, index + 2)));
  expect([...a]).toEqual([...b]);
});
