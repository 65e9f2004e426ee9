import { ZipEntryInfo } from "./zipPackage";
import { formatCount } from "../../../domain/text/formatCount";

/**
 * How far a workbook's zip package may reach before anything is inflated, judged from its
 * central directory alone. The yardstick is an ACLED-scale workbook: LibreOffice writes the
 * real 9,000-row ACLED export (31 columns) as 10.5 MB of sheet XML and 4 MB of shared strings,
 * so 1,048,576 such rows come to about 1.2 GB of sheet XML plus a few hundred MB of strings.
 * Its parts compress 4–11 to 1; a generated sheet of one value repeated in every cell, with
 * cell references as every writer we know writes them, compresses 17 to 1. A zip bomb sits
 * near deflate's ceiling of about 1,030 to 1.
 */
export const ZIP_LIMITS = {
  /** Every part's declared size together: 2.5 times an ACLED-scale workbook (~1.6 GB), and still minutes of reading, not hours. */
  totalUncompressedBytes: 4 * 1024 ** 3,
  /** A part's inflated to compressed size: ten times the most compressible real sheet we measured, well below a bomb. */
  compressionRatio: 200,
  /** The ratio is judged only for parts this large: a smaller part cannot hurt whatever its ratio (icons, themes, tiny sheets compress far better than sheets). */
  ratioFromBytes: 64 * 1024 ** 2,
  /** Entries in the package: real workbooks have tens, a few hundred with many sheets, images or pivot caches. */
  entries: 10_000,
};

/** Bytes as a person reads them: 5 MB, 4.2 GB. */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [[1e12, "TB"], [1e9, "GB"], [1e6, "MB"], [1e3, "KB"]];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

const shortName = (name: string) => name.replace(/^.*\//, "");

/**
 * Why a package is refused before it is inflated (a phrase after "x.xlsx: "), or undefined:
 * too many entries, a part whose declared sizes make a ratio no real workbook has, or more
 * declared bytes in all than any real workbook holds. While inflating, yauzl stops a part
 * that gives more bytes than declared, so that a lying directory cannot get past these.
 */
export function zipBombRefusal(entries: readonly ZipEntryInfo[], limits = ZIP_LIMITS): string | undefined {
  if (entries.length > limits.entries) {
    return `refused: its zip package holds ${formatCount(entries.length)} entries, where a real workbook has at most a few hundred (the limit is ${formatCount(limits.entries)}); it looks like a zip bomb, so nothing was inflated`;
  }
  for (const entry of entries) {
    if (entry.uncompressedSize < limits.ratioFromBytes) continue;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (ratio > limits.compressionRatio) {
      return `refused: its ${shortName(entry.name)} would inflate from ${formatBytes(entry.compressedSize)} to ${formatBytes(entry.uncompressedSize)} (a ratio of ${Math.round(ratio)} to 1), far beyond any real workbook (whose parts compress at most about 20 to 1); it looks like a zip bomb, so nothing was inflated`;
    }
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.totalUncompressedBytes) {
    return `refused: its parts would inflate to ${formatBytes(total)} in all, more than ${formatBytes(limits.totalUncompressedBytes)}, beyond even a workbook of a million full rows (about 1.6 GB); it looks like a zip bomb, so nothing was inflated`;
  }
  return undefined;
}
