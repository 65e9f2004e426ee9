import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ownString } from "../../../src/domain/text/ownString";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

test.each(["", "short", "exactly 13 ch", "Jama'at Nusrat al-Islam wal-Muslimin", "émoji 😀 and Arabic الدولة الإسلامية"])("gives back the same text: %s", (text) => {
  expect(ownString(text)).toBe(text);
});

test("a long substring kept by ownString no longer keeps its parent alive; the substring itself does", () => {
  const retained = (keep: (piece: string) => string): number => {
    gc();
    const before = process.memoryUsage().heapUsed;
    // 40 MB of text as a reader's chunks are, and a cell's worth of it kept; the text itself goes out of scope.
    const cellOf = () => {
      const parent = [`${"x".repeat(20_000_000)}${Math.random()}`, "y".repeat(20_000_000)].join("");
      return keep(parent.slice(19_999_990, 20_000_030));
    };
    const kept = [cellOf()];
    gc();
    const growth = process.memoryUsage().heapUsed - before;
    expect(kept[0]).toHaveLength(40);
    return growth;
  };
  expect(retained((piece) => piece)).toBeGreaterThan(30_000_000);
  expect(retained(ownString)).toBeLessThan(1_000_000);
});
