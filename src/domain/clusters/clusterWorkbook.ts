import { Issue } from "../issues/issue";
import { resolversFor } from "../names/dictionary/resolvers";
import { isDictionarySheet, readWorkbookDictionary } from "../names/dictionary/workbookDictionary";
import { SheetGrid, WorkbookGrid } from "../sheetGrid";
import { ClusterOptions, clusterValues } from "./clusterValues";
import { ClusterResult, DistinctValue } from "./clusterTypes";
import { lookupFromResolver } from "./dictionaryLookup";
import { distinctValues } from "./distinctValues";
import { pairsMarkedDifferent } from "./notSameGuard";
import { lookupFromPlaces } from "./placeLookup";

/**
 * Clusters one kind of value across a workbook, as the command line and the pane ask for it:
 * the distinct values of both sheets, the built-in dictionaries with the workbook's own
 * (Curation dictionary sheet) for the proposal and the known-different safeguard, and its
 * `different` rows as pairs never clustered. Locations have no built-in dictionary: only the
 * sheet's location rows (`lookupFromPlaces`, and their `different` pairs).
 */
export function clusterWorkbook(workbook: WorkbookGrid, options: Omit<ClusterOptions, "lookup" | "notSame">): ClusterResult & { issues: Issue[] } {
  return clusterWithDictionary(distinctValues(workbook, options.kind), workbook.sheets.find((grid) => isDictionarySheet(grid.name)), options);
}

/**
 * Clusters distinct values of one kind (a grid's `distinctValues`, or a file's tallied as it
 * streams) with the built-in dictionaries and the workbook's `Curation dictionary` sheet, as
 * `clusterWorkbook` does.
 */
export function clusterWithDictionary(values: readonly DistinctValue[], sheet: SheetGrid | undefined, options: Omit<ClusterOptions, "lookup" | "notSame">): ClusterResult & { issues: Issue[] } {
  const issues: Issue[] = [];
  const local = sheet ? readWorkbookDictionary(sheet, issues) : undefined;
  const lookup = options.kind === "location" ? lookupFromPlaces(local) : lookupFromResolver(resolversFor(local, issues)[options.kind === "actor" ? "actors" : "weapons"]);
  const notSame = pairsMarkedDifferent(local, options.kind);
  const result = clusterValues(values, { ...options, notSame, ...(lookup ? { lookup } : {}) });
  return { ...result, issues };
}
