import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/curate";
import { fileKind, readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../support/realAcled";

/**
 * `curate check` reads its file as row streams and checks it without holding the sheets
 * (checkWorkbookRows over openWorkbookRows); its JSON must be exactly what checking the
 * whole grid gives (checkWorkbook over readWorkbookFile), on the project's sample, a CSV of
 * it, and the real ACLED exports, whose rows nobody here wrote.
 */
const ROOT = join(__dirname, "../..");
const REAL = realAcledDir(ROOT);
const TODAY = "2026-12-01";

async function streamedJson(file: string): Promise<{ status: number; json: unknown; stderr: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(["check", file, "--format", "json", "--today", TODAY], (text) => void out.push(text), (text) => void err.push(text));
  return { status, json: JSON.parse(out.join("\n")), stderr: err };
}

async function wholeJson(file: string): Promise<unknown> {
  const { issues, summary } = checkWorkbook(await readWorkbookFile(file), { today: TODAY, singleSheet: fileKind(file) === "csv" });
  // Through JSON as the command line prints it (undefined fields dropped).
  return JSON.parse(JSON.stringify({ issues, summary }));
}

describe("curate check streams its file and finds exactly what the whole-grid check finds", () => {
  test("the sample workbook (.xlsx, two sheets, a dictionary sheet)", async () => {
    const file = join(ROOT, "test/fixtures/sample.xlsx");
    const streamed = await streamedJson(file);
    expect(streamed.stderr).toEqual([]);
    expect(streamed.status).toBe(1);
    expect(streamed.json).toEqual(await wholeJson(file));
  });

  test("the sample's incident sheet exported as CSV and checked as a CSV", async () => {
    const folder = mkdtempSync(join(tmpdir(), "curate-streamed-"));
    try {
      const csv = join(folder, "incidents.csv");
      expect(await main(["export", join(ROOT, "test/fixtures/sample.xlsx"), "--sheet", "incidents", "-o", csv], () => undefined, () => undefined)).toBe(1);
      const streamed = await streamedJson(csv);
      expect(streamed.json).toEqual(await wholeJson(csv));
      expect((streamed.json as { summary: { rows: { incidents: number } } }).summary.rows.incidents).toBeGreaterThan(20);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  const describeReal = realAcledPresent(REAL) ? describe : describe.skip;
  if (!realAcledPresent(REAL)) console.warn(`SKIPPED: the real ACLED exports are not all at ${REAL}`);
  describeReal("the real ACLED exports", () => {
    test.each(REAL_ACLED_FILES)("%s", async (name) => {
      const file = join(REAL, name);
      const streamed = await streamedJson(file);
      expect(streamed.stderr).toEqual([]);
      expect(streamed.json).toEqual(await wholeJson(file));
    }, 120_000);
  });
});
