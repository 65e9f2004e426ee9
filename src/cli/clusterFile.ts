import { ClusterResult } from "../domain/clusters/clusterTypes";
import { ClusterOptions } from "../domain/clusters/clusterValues";
import { clusterWithDictionary } from "../domain/clusters/clusterWorkbook";
import { Issue } from "../domain/issues/issue";
import { WorkbookRowSource } from "../domain/sheetStream";
import { readDistinctValues } from "./io/distinctValueRows";
import { openWorkbookRows } from "./io/openWorkbookRows";

/**
 * `curate clusters` on a file of any size: the file read as row streams, each row once (see
 * `readDistinctValues`), keeping the distinct values of the kind and the Curation dictionary
 * sheet, never the rows; the same clusters, kept-apart groups, count and issues as
 * `clusterWorkbook` on the whole grid. Unreadable files are `UnreadableFileError`s (one line, exit 2).
 */
export async function clusterFile(path: string, options: Omit<ClusterOptions, "lookup" | "notSame">): Promise<ClusterResult & { issues: Issue[] }> {
  // Nothing kept from a pass for the next: each row is read once.
  const source = await openWorkbookRows(path, { keepBudget: 0 });
  try {
    return await clusterRows(source, options);
  } finally {
    source.close();
  }
}

/** The clusters of a workbook's row streams: the values tallied, clustered, and only the clusters' members given their cells. */
export async function clusterRows(source: WorkbookRowSource, options: Omit<ClusterOptions, "lookup" | "notSame">): Promise<ClusterResult & { issues: Issue[] }> {
  const { tally, dictionary } = await readDistinctValues(source, options.kind);
  const result = clusterWithDictionary(tally.valuesWithoutCells(), dictionary, options);
  tally.fillCells(result.clusters.flatMap((cluster) => cluster.members));
  return result;
}
