import { join } from "node:path";
import { buildSampleWorkbook } from "./sampleWorkbook";

/** Writes test/fixtures/sample.xlsx from sampleWorkbook.ts. */
async function main(): Promise<void> {
  const target = join(__dirname, "..", "..", "..", "..", "test", "fixtures", "sample.xlsx");
  await buildSampleWorkbook().xlsx.writeFile(target);
  process.stdout.write(`wrote ${target}\n`);
}

void main();
