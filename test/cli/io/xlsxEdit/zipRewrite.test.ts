import { execFileSync, spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { openZipPackage, ZipPackage } from "../../../../src/cli/io/xlsxEdit/zipPackage";
import { relocated, rewriteZip, ZipRewritePlan } from "../../../../src/cli/io/xlsxEdit/zipRewrite";
import { opaqueBytes, StoredEntry, storedEntries } from "./featureWorkbooks";

/**
 * The zip rewrite copies every entry it does not change as stored, byte for byte, whatever
 * wrote the zip: Info-ZIP (zip64 fields, data descriptors when it writes to a pipe), Java's
 * jar (data descriptors), Python (zip64 end records past 65,535 entries), jszip.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zip-rewrite-"));
  writeFileSync(join(dir, "a.txt"), "hello world ".repeat(300));
  writeFileSync(join(dir, "b.xml"), "<x>café</x>");
  writeFileSync(join(dir, "c.bin"), opaqueBytes(3000, 3));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date(2026, 10, 25, 10, 0, 0);
const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

/** Rewrites `input` into `output`; `opened` sees the input's package before it is closed. */
async function rewrite(input: string, output: string, plan: Partial<ZipRewritePlan> = {}, opened?: (pkg: ZipPackage) => void): Promise<void> {
  const pkg = await openZipPackage(input);
  const descriptor = openSync(output, "w");
  try {
    opened?.(pkg);
    await rewriteZip(pkg, descriptor, { replace: new Map(), append: [], now: NOW, ...plan });
  } finally {
    closeSync(descriptor);
    pkg.close();
  }
}

const upperCase = (content: AsyncIterable<Buffer>) =>
  (async function* () {
    for await (const chunk of content) yield Buffer.from(chunk.toString("latin1").toUpperCase(), "latin1");
  })();

/** Whether Info-ZIP's unzip and Python's zipfile both find every entry whole (CRC checked). */
function checkedByOtherTools(path: string): void {
  if (has("unzip")) expect(execFileSync("unzip", ["-tq", path], { encoding: "utf8" })).toMatch(/No errors detected/);
  const python = spawnSync("python3", ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip(); sys.exit(1 if bad else 0)", path]);
  expect([python.status, python.stderr.toString()]).toEqual([0, ""]);
}

function expectCopied(before: StoredEntry[], after: StoredEntry[], except: string[] = []): void {
  expect(after.slice(0, before.length).map((entry) => entry.name)).toEqual(before.map((entry) => entry.name));
  for (const [i, entry] of before.entries()) {
    if (except.includes(entry.name)) continue;
    expect({ name: after[i].name, central: after[i].central, local: after[i].local }).toEqual({ name: entry.name, central: entry.central, local: entry.local });
    expect(after[i].compressed.equals(entry.compressed)).toBe(true);
  }
}

const makers: [string, string, (out: string) => void][] = [
  ["Info-ZIP writing to a pipe (data descriptors)", "zip", (out) => execFileSync("sh", ["-c", `cd "${dir}" && zip -q - a.txt b.xml c.bin | cat > "${out}"`])],
  ["Info-ZIP forced to zip64 (zip64 extra fields)", "zip", (out) => execFileSync("zip", ["-q", "-fz", out, "a.txt", "b.xml", "c.bin"], { cwd: dir })],
  ["Java's jar (data descriptors, a folder entry, a UTF-8 flag)", "jar", (out) => execFileSync("jar", ["cf", out, "a.txt", "b.xml", "c.bin"], { cwd: dir })],
];

describe.each(makers)("a zip by %s", (label, tool, make) => {
  const run = has(tool) ? test : test.skip;
  if (!has(tool)) console.warn(`zipRewrite: no ${tool} here: zips written by ${label} are not tested`);

  run("copied with nothing changed: the same bytes", async () => {
    const input = join(dir, `${label.replace(/\W+/g, "-")}.zip`);
    make(input);
    const output = `${input}.copy.zip`;
    await rewrite(input, output);
    expect(readFileSync(output).equals(readFileSync(input))).toBe(true);
  });

  run("one entry replaced and one added: every other entry as stored, and the zip whole for unzip and Python", async () => {
    const input = join(dir, `${label.replace(/\W+/g, "-")}-b.zip`);
    make(input);
    const before = await storedEntries(input);
    if (label.includes("descriptors")) expect(before.some((entry) => (Number(entry.central.generalPurposeBitFlag) & 8) !== 0)).toBe(true);
    if (label.includes("zip64")) expect(before.every((entry) => String(entry.central.extraField).includes("0100"))).toBe(true);
    const output = `${input}.edited.zip`;
    await rewrite(input, output, { replace: new Map([["a.txt", upperCase]]), append: [{ name: "d/new.xml", content: Buffer.from("<new>ünïcode</new>") }] });
    const after = await storedEntries(output);
    expectCopied(before, after, ["a.txt"]);
    expect(after.find((entry) => entry.name === "a.txt")!.content.toString()).toBe("HELLO WORLD ".repeat(300));
    expect(after.map((entry) => entry.name).slice(-1)).toEqual(["d/new.xml"]);
    expect(after.at(-1)!.content.toString()).toBe("<new>ünïcode</new>");
    checkedByOtherTools(output);
  });
});

test("a jszip package: entry comments, stored and deflated entries and the archive comment kept", async () => {
  const zip = new JSZip();
  zip.file("first.xml", "<a>1</a>".repeat(100), { comment: "the first" });
  zip.file("stored.bin", opaqueBytes(500, 5), { compression: "STORE" });
  zip.file("last.xml", "<b/>");
  const input = join(dir, "jszip.zip");
  writeFileSync(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", comment: "archive comment" }));
  const before = await storedEntries(input);
  const output = join(dir, "jszip-edited.zip");
  await rewrite(input, output, { replace: new Map([["first.xml", upperCase]]) });
  const after = await storedEntries(output);
  expectCopied(before, after, ["first.xml"]);
  expect(after[0].central.comment).toBe(Buffer.from("the first").toString("hex"));
  expect(readFileSync(output).subarray(-"archive comment".length).toString()).toBe("archive comment");
  checkedByOtherTools(output);
});

test("more than 65,535 entries (Python writes zip64 end records): an entry replaced, the others and the zip64 end records as Python wrote them", async () => {
  const input = join(dir, "many.zip");
  execFileSync("python3", ["-c", "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n    for i in range(66000): z.writestr(f'e/{i}.xml', f'<v>{i}</v>')", input]);
  const output = join(dir, "many-edited.zip");
  // The last entry: everything before it, and the end records, can be compared byte for byte.
  // Where the last entry starts, read from the input's package as the rewrite opened it (a second opening of 66,000 entries would only take time).
  let lastOffset = 0;
  await rewrite(input, output, { replace: new Map([["e/65999.xml", (content) => content]]) }, (pkg) => (lastOffset = pkg.entries.at(-1)!.entry.relativeOffsetOfLocalHeader));
  const [before, after] = [readFileSync(input), readFileSync(output)];
  expect(lastOffset).toBeGreaterThan(0);
  expect(after.subarray(0, lastOffset).equals(before.subarray(0, lastOffset))).toBe(true);
  const edited: ZipPackage = await openZipPackage(output);
  expect(edited.entries).toHaveLength(66000);
  edited.close();
  // Python's end records (zip64 record, locator, end record), as the copy has them: only the sizes and offsets differ.
  const ends = (bytes: Buffer) => {
    const tail = Buffer.from(bytes.subarray(bytes.length - 98));
    tail.fill(0, 40, 56).fill(0, 64, 72).fill(0, 88, 96);
    return tail.toString("hex");
  };
  expect(ends(after)).toBe(ends(before));
  expect(after.readUInt32LE(after.length - 98)).toBe(0x06064b50);
  checkedByOtherTools(output);
}, 120_000);

test("written into a pipe: new entries get data descriptors, and the zip is whole", async () => {
  const input = join(dir, "for-pipe.zip");
  execFileSync("zip", ["-q", input, "a.txt", "b.xml"], { cwd: dir });
  const fifo = join(dir, "pipe");
  execFileSync("mkfifo", [fifo]);
  const output = join(dir, "from-pipe.zip");
  const reader = spawn("sh", ["-c", `cat "${fifo}" > "${output}"`]);
  const done = new Promise((resolve) => reader.on("exit", resolve));
  await rewrite(input, fifo, { replace: new Map([["b.xml", upperCase]]), append: [{ name: "c.xml", content: Buffer.from("<c/>") }] });
  await done;
  const after = await storedEntries(output);
  expect(after.map((entry) => [entry.name, Number(entry.central.generalPurposeBitFlag) & 8])).toEqual([
    ["a.txt", 0],
    ["b.xml", 8],
    ["c.xml", 8],
  ]);
  expect(after[1].content.toString()).toBe("<X>CAFé</X>");
  checkedByOtherTools(output);
});

describe("a central directory record moved past 4 GiB", () => {
  const record = (offset: number, extra: Buffer = Buffer.alloc(0)) => {
    const fixed = Buffer.alloc(46);
    fixed.writeUInt32LE(0x02014b50, 0);
    fixed.writeUInt16LE(20, 6);
    fixed.writeUInt32LE(1234, 20);
    fixed.writeUInt32LE(5678, 24);
    fixed.writeUInt16LE(5, 28);
    fixed.writeUInt16LE(extra.length, 30);
    fixed.writeUInt16LE(2, 32);
    fixed.writeUInt32LE(offset, 42);
    return Buffer.concat([fixed, Buffer.from("a.xml"), extra, Buffer.from("hi")]);
  };

  test("below 4 GiB: only the offset field changes", () => {
    const moved = relocated(record(100), 2_000_000_000);
    expect(moved.readUInt32LE(42)).toBe(2_000_000_000);
    expect(moved.subarray(0, 42).equals(record(100).subarray(0, 42))).toBe(true);
  });

  test("past 4 GiB: the offset goes into a new zip64 field, other fields and the comment kept", () => {
    const unix = Buffer.from("5455050003aabbccdd", "hex");
    const moved = relocated(record(100, unix), 5_000_000_000);
    expect(moved.readUInt32LE(42)).toBe(0xffffffff);
    expect(moved.readUInt16LE(6)).toBe(45);
    const extra = moved.subarray(51, 51 + moved.readUInt16LE(30));
    expect(extra.readUInt16LE(0)).toBe(1);
    expect(extra.readUInt16LE(2)).toBe(8);
    expect(Number(extra.readBigUInt64LE(4))).toBe(5_000_000_000);
    expect(extra.subarray(12).equals(unix)).toBe(true);
    expect(moved.subarray(-2).toString()).toBe("hi");
  });

  test("already in a zip64 field (after a zip64 size): written there", () => {
    const zip64 = Buffer.alloc(20);
    zip64.writeUInt16LE(1, 0);
    zip64.writeUInt16LE(16, 2);
    zip64.writeBigUInt64LE(6_000_000_000n, 4);
    zip64.writeBigUInt64LE(7_000_000_000n, 12);
    const original = record(0xffffffff, zip64);
    original.writeUInt32LE(0xffffffff, 24);
    const moved = relocated(original, 5_000_000_000);
    expect(moved.length).toBe(original.length);
    expect(Number(moved.readBigUInt64LE(51 + 4))).toBe(6_000_000_000);
    expect(Number(moved.readBigUInt64LE(51 + 12))).toBe(5_000_000_000);
  });
});

test("a damaged zip: one sentence", async () => {
  const input = join(dir, "damaged.zip");
  mkdirSync(join(dir, "d"), { recursive: true });
  writeFileSync(input, Buffer.from("PK\u0003\u0004 not really a zip"));
  await expect(openZipPackage(input)).rejects.toThrow(/not a zip package|end of central directory/);
});
