import { join } from "node:path";
import { retainedBytes, runBuiltScript } from "./builtScript";
import { checkWorkbookRows } from "../../src/domain/checks/checkWorkbookRows";
import { streamedWorkbook } from "./streamedIncidents";
import { TODAY } from "./rows";

/**
 * The heap a streamed check keeps, measured in a process of its own: `checkWorkbookRows` over
 * `rows` rows made on the fly (`streamedWorkbook`), the heap that stays reachable after a full
 * collection taken before the check and before every `every`-th row of its check pass.
 *
 * A fresh Node rather than the Jest test's realm, for two reasons: the heap before the check
 * holds no other test's garbage, and the check runs at Node's own speed (in Jest's realm every
 * global the check's code reads, `Math` in its hashes above all, goes through the realm's
 * interceptor: the same 200,000 rows took several times longer there).
 * Run by `checkWorkbookRowsMemory.test.ts` from the build (`dist/node`, which `npm test` makes first).
 */
export interface RetainedHeap {
  rows: number;
  findings: number;
  /** Heap and typed arrays' storage reachable just before the check began. */
  before: number;
  /** The same before the n-th row of the check pass, in the order taken. */
  at: [number, number][];
}

/**
 * Runs the measure in a fresh `node --expose-gc` over the built copy of this file. `warmUp`: the
 * rows of a check run first, unmeasured, so that what the check's code builds once for any
 * sheet (its dictionaries' indexes, the country shapes' lookup) is in the heap before, as when
 * another check ran before in the same process.
 */
export function measureRetainedHeap(rows: number, every: number, options: { withoutActor2?: boolean; warmUp?: number } = {}): RetainedHeap {
  return runBuiltScript<RetainedHeap>("streamedCheckMemory", [join("src", "domain")], [String(rows), String(every), options.withoutActor2 ? "withoutActor2" : "withActor2", String(options.warmUp ?? 0)]);
}

async function measure(rows: number, every: number, withoutActor2: boolean, warmUp: number): Promise<RetainedHeap> {
  const retained = retainedBytes;
  if (warmUp > 0) await checkWorkbookRows(streamedWorkbook(warmUp, { withoutActor2, seed: 11 }), { today: TODAY });
  const at: [number, number][] = [];
  const source = streamedWorkbook(rows, { withoutActor2, onRow: (n, pass) => void (pass === 2 && n % every === 0 && at.push([n, retained()])) });
  const before = retained();
  const { summary } = await checkWorkbookRows(source, { today: TODAY });
  return { rows: summary.rows.incidents, findings: summary.errors + summary.warnings + summary.infos, before, at };
}

if (require.main === module) {
  const [rows, every, shape, warmUp] = process.argv.slice(2);
  measure(Number(rows), Number(every), shape === "withoutActor2", Number(warmUp)).then(
    (figures) => process.stdout.write(JSON.stringify(figures)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
