import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ownString } from "../../../src/domain/text/ownString";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

test.each(["", "short", "exactly 13 ch", "Jama'at Nusrat al-Islam wal-Muslimin", "émoji 😀 and Arabic الدولة الإسلامية"])("gives back the same text: %s", (text) => {
  expect(ownString(text)).toBe(text);
});

test("a long substring kept by ownString no longer keeps its parent alive; the substring itself does", () => {
  // What the kept cell holds alive: the heap with it, less the heap once it is let go, both after a full collection
  // (a heap measured before the test may hold other tests' garbage, which a later collection frees: seen in CI).
  const retained = (keep: (piece: string) => string): number => {
    const cellOf = () => {
      // 40 MB of text as a reader's chunks are, and a cell's worth of it kept; the text itself goes out of scope.
      const parent = [`${"x".repeat(20_000_000)}${Math.random()}`, "y".repeat(20_000_000)].join("");
      return keep(parent.slice(19_999_990, 20_000_030));
    };
    const kept = [cellOf()];
    gc();
    gc();
    const withCell = process.memoryUsage().heapUsed;
    expect(kept[0]).toHaveLength(40);
    kept[0] = "";
    gc();
    gc();
    return withCell - process.memoryUsage().heapUsed;
  };
  expect(retained((piece) => piece)).toBeGreaterThan(30_000_000);
  expect(retained(ownString)).toBeLessThan(1_000_000);
});
