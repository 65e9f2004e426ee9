import { KeptPass, ownText } from "../../../src/cli/io/keptPass";
import { RowBatch } from "../../../src/domain/sheetStream";

/**
 * What a pass keeps for the next: every batch while the estimate, projected to the whole
 * file from how far the pass has read, stays within the budget; nothing from the batch that
 * passes it on (and nothing at all with no budget); handed over once.
 */
const batch = (rows: number, text: string): RowBatch => ({ startRow: 1, values: Array.from({ length: rows }, () => [text, 1]) });
// A batch of 10 rows of two cells, one a 10-character string the rows alone hold:
// 10 × 96 (rows) + 20 × 16 (cells) + 100 × 2 (characters) + 10 × 24 (strings) = 1,720 bytes.
const TEN = batch(10, "0123456789");
const OWN = ownText(TEN);

test("the estimate of a batch", () => {
  expect(OWN).toEqual({ characters: 100, strings: 10 });
  const exact = new KeptPass(1_720);
  exact.keep(TEN, OWN, 1);
  expect(exact.take()).toEqual([TEN]);
  const short = new KeptPass(1_719);
  short.keep(TEN, OWN, 1);
  expect(short.take()).toBeUndefined();
});

test.each([
  // [case, budget, share of the file read after each batch, kept]
  ["all of a small file", 10_000, [0.25, 0.5, 0.75, 1], true],
  ["a file whose projection passes the budget at its first batch", 5_000, [0.25, 0.5, 0.75, 1], false],
  ["a file the projection lets go of once it reads more per share than at first", 5_200, [0.4, 0.6, 0.7, 1], false],
  ["shared strings, held anyway, counted as nothing", 4 * (10 * 96 + 20 * 16), [0.25, 0.5, 0.75, 1], "shared"],
  ["no budget", 0, [1], false],
] as const)("%s", (_name, budget, shares, kept) => {
  const pass = new KeptPass(budget);
  const own = kept === "shared" ? { characters: 0, strings: 0 } : OWN;
  for (const read of shares) pass.keep(TEN, own, read);
  const batches = pass.take();
  if (kept) expect(batches).toHaveLength(shares.length);
  else expect(batches).toBeUndefined();
  // Handed over once.
  expect(pass.take()).toBeUndefined();
});

test("let go of at the batch that passes: no later batch is kept", () => {
  const pass = new KeptPass(3_500);
  pass.keep(TEN, OWN, 1);
  pass.keep(TEN, OWN, 1);
  expect(pass.keeping).toBe(true);
  pass.keep(TEN, OWN, 1);
  expect(pass.keeping).toBe(false);
  expect(pass.take()).toBeUndefined();
});
