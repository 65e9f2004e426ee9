import { join } from "node:path";
import { retainedBytes, runBuiltScript } from "./builtScript";
import { readDistinctValues } from "../../src/cli/io/distinctValueRows";
import { openWorkbookRows } from "../../src/cli/io/openWorkbookRows";

/**
 * The heap `curate clusters` keeps while it streams a file, measured in a process of its own
 * (as `streamedCheckMemory.ts` measures the check): `readDistinctValues` over the file opened
 * as `curate clusters` opens it, the heap (and typed arrays' storage) that stays reachable
 * after a full collection before the reading and before every `every`-th row of the sheet's
 * complete pass. Run from the build (`dist/node`: `npm run build:cli` first).
 */
export interface ClustersHeap {
  rows: number;
  distinct: number;
  before: number;
  at: [number, number][];
}

export function measureClustersHeap(file: string, every: number): ClustersHeap {
  return runBuiltScript<ClustersHeap>("streamedClustersMemory", [join("src", "domain"), join("src", "cli")], [file, String(every)]);
}

async function measure(file: string, every: number): Promise<ClustersHeap> {
  const retained = retainedBytes;
  const source = await openWorkbookRows(file, { keepBudget: 0 });
  const at: [number, number][] = [];
  let rows = 0;
  for (const sheet of source.sheets) {
    const read = sheet.rows.bind(sheet);
    let passes = 0;
    sheet.rows = () => {
      const pass = ++passes;
      return (async function* () {
        let n = 0;
        for await (const batch of read()) {
          // The complete pass (the first read only the first rows): measured between batches, rows it has taken so far.
          if (pass === 2) {
            for (let i = 0; i < batch.values.length; i++) if (++n % every === 0) at.push([n, retained()]);
            rows = n;
          }
          yield batch;
        }
      })();
    };
  }
  const before = retained();
  try {
    const { tally } = await readDistinctValues(source, "actor");
    return { rows, distinct: tally.size, before, at };
  } finally {
    source.close();
  }
}

if (require.main === module) {
  const [file, every] = process.argv.slice(2);
  measure(file, Number(every)).then(
    (figures) => process.stdout.write(JSON.stringify(figures)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
