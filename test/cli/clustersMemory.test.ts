import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measureClustersHeap } from "../support/streamedClustersMemory";

/**
 * `curate clusters` keeps the distinct values and, per cell holding one, a few numbers, never
 * the rows: measured as the heap that stays reachable while a generated 200,000-row CSV
 * (ACLED's columns, 4,000 distinct actor names in three countries, a list of associated actors
 * in one row of three) streams through, after a full collection (see streamedClustersMemory.ts:
 * the build, in a Node of its own). Gathering the rows as a grid holds about 1.5 kB a row.
 */
const ROWS = 200_000;
/**
 * What a row may leave behind: its two or three cells of the kind, 16 bytes each in a typed
 * array that grows by doubling (both copies held while it grows), and a list cell's text where
 * it is new (measured: about 75 bytes from the 50,000th row on). Over the heap before the
 * reading, the reader's own chunk, batch and parser count as well (about 15 MB at any row).
 */
const MARGINAL_BYTES_PER_ROW = 110;
const BYTES_PER_ROW = 200;

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "clusters-memory-"));
  file = join(dir, "incidents.csv");
  const out = createWriteStream(file);
  const countries = ["Burkina Faso", "Mali", "Niger"];
  out.write("event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,actor2,country,admin1,location,latitude,longitude,fatalities,notes\n");
  for (let i = 0; i < ROWS; i += 1000) {
    const lines: string[] = [];
    for (let j = i; j < i + 1000; j++) {
      const name = (n: number) => `${n % 2 ? "Communal Militia" : "Unidentified Armed Group"} ${n % 1000} (${countries[n % 3]})`;
      const assoc = j % 3 === 0 ? `"${name(j * 7)}; Civilians (${countries[j % 3]})"` : "";
      lines.push(`INC${j},2021-0${1 + (j % 9)}-1${j % 10},Battles,Armed clash,${name(j * 13)},${assoc},${name(j * 31 + 5)},${countries[j % 3]},Region ${j % 13},Place ${j % 997},12.${j % 100},-1.${j % 100},${j % 7},"On this day, armed men attacked positions near the market (${j})."`);
    }
    if (!out.write(`${lines.join("\n")}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("streaming a 200,000-row CSV's actors keeps a few dozen bytes a row, not the rows", () => {
  const measured = measureClustersHeap(file, 50_000);
  const heapAt = new Map(measured.at);
  expect(measured.rows).toBe(ROWS + 1); // and the header row
  expect([...heapAt.keys()]).toEqual([50_000, 100_000, 150_000, 200_000]);
  const perRow = (Math.max(...heapAt.values()) - measured.before) / ROWS;
  const marginal = (heapAt.get(200_000)! - heapAt.get(50_000)!) / 150_000;
  process.stdout.write(`curate clusters, streamed: ${perRow.toFixed(0)} bytes retained per row at most, ${marginal.toFixed(0)} from the 50,000th row on (${measured.distinct} distinct actor values; heap over the start at rows ${[...heapAt].map(([n, bytes]) => `${n / 1000}k: ${((bytes - measured.before) / 1048576).toFixed(1)} MB`).join(", ")})\n`);
  expect(measured.distinct).toBeGreaterThan(3000);
  expect(perRow).toBeLessThan(BYTES_PER_ROW);
  expect(marginal).toBeLessThan(MARGINAL_BYTES_PER_ROW);
  // The cells are kept (a cluster names them): the probe measures something.
  expect(marginal).toBeGreaterThan(0);
}, 300_000);
