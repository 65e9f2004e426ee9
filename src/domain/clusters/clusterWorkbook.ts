import { Issue } from "../issues/issue";
import { resolversFor } from "../names/dictionary/resolvers";
import { isDictionarySheet, readWorkbookDictionary } from "../names/dictionary/workbookDictionary";
import { WorkbookGrid } from "../sheetGrid";
import { ClusterOptions, clusterValues } from "./clusterValues";
import { ClusterResult } from "./clusterTypes";
import { lookupFromResolver } from "./dictionaryLookup";
import { distinctValues } from "./distinctValues";
import { pairsMarkedDifferent } from "./notSameGuard";

/**
 * Clusters one kind of value across a workbook, as the command line and the pane ask for it:
 * the distinct values of both sheets, the built-in dictionaries with the workbook's own
 * (Curation dictionary sheet) for the proposal and the known-different safeguard, and its
 * `different` rows as pairs never clustered. Locations have no dictionary.
 */
export function clusterWorkbook(workbook: WorkbookGrid, options: Omit<ClusterOptions, "lookup" | "notSame">): ClusterResult & { issues: Issue[] } {
  const issues: Issue[] = [];
  const sheet = workbook.sheets.find((grid) => isDictionarySheet(grid.name));
  const local = sheet ? readWorkbookDictionary(sheet, issues) : undefined;
  const dictionaryKind = options.kind === "location" ? undefined : options.kind;
  const resolvers = dictionaryKind ? resolversFor(local, issues) : undefined;
  const lookup = resolvers && dictionaryKind ? lookupFromResolver(dictionaryKind === "actor" ? resolvers.actors : resolvers.weapons) : undefined;
  const notSame = dictionaryKind ? pairsMarkedDifferent(local, dictionaryKind) : [];
  const result = clusterValues(distinctValues(workbook, options.kind), { ...options, notSame, ...(lookup ? { lookup } : {}) });
  return { ...result, issues };
}
