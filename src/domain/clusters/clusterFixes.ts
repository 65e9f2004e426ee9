import { z } from "zod";
import { CellValue } from "../cells/cellValue";
import { ProposedChange } from "../fixes/fixPlan";
import { WorkbookGrid } from "../sheetGrid";
import { CellLocation, ValueKind } from "./clusterTypes";
import { distinctKey, distinctValues } from "./distinctValues";

/**
 * A curator's choice on one cluster: the spellings to merge and the value to keep. Made in
 * the pane, or written to a file (`curate clusters --format json`, edited, then
 * `curate normalize --clusters FILE`). Decisions name values, not cells: applied to the
 * workbook as it is now, they rewrite only the cells that still hold a merged spelling.
 */
export interface ClusterDecision {
  kind: ValueKind;
  /** The incident's country the cluster holds in (actors, locations); null for weapons or where none is known. */
  country: string | null;
  keep: string;
  /** The spellings merged into `keep` (the kept value itself among them or not). */
  values: string[];
}

const MEMBER = z.object({ value: z.string() }).passthrough();

/** One cluster as `curate clusters --format json` writes it, `keep` edited at will; `"apply": false` leaves it out. */
const DECIDED_CLUSTER = z
  .object({
    kind: z.enum(["actor", "weapon", "location"]),
    country: z.string().nullable().optional(),
    keep: z.string().trim().min(1, "the value to keep is empty"),
    members: z.array(MEMBER).min(1).optional(),
    values: z.array(z.string()).min(1).optional(),
    apply: z.boolean().optional(),
  })
  .passthrough()
  .refine((cluster) => cluster.members !== undefined || cluster.values !== undefined, { message: "a cluster needs its members (or values) to merge" });

/** A decisions file: the output of `curate clusters --format json` (its `clusters`), or a list of clusters. */
const DECISIONS_OBJECT = z.object({ clusters: z.array(DECIDED_CLUSTER) }).passthrough();
const DECISIONS_LIST = z.array(DECIDED_CLUSTER);

/**
 * The decisions a file holds, or a sentence that says what is wrong with it (which cluster,
 * which field). Clusters marked `"apply": false` are left out.
 */
export function readClusterDecisions(json: unknown): { decisions: ClusterDecision[] } | { error: string } {
  // Told apart by their shape first, so that an error names the cluster and field at fault.
  const parsed = Array.isArray(json) ? DECISIONS_LIST.safeParse(json) : DECISIONS_OBJECT.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.length > 0 ? ` (at ${issue.path.map((part) => (typeof part === "number" ? `#${part + 1}` : String(part))).join(" → ")})` : "";
    return { error: `The decisions file is not a list of clusters as "curate clusters --format json" writes it: ${issue.message}${path}.` };
  }
  const clusters = Array.isArray(parsed.data) ? parsed.data : (parsed.data as z.infer<typeof DECISIONS_OBJECT>).clusters;
  const decisions = clusters
    .filter((cluster) => cluster.apply !== false)
    .map((cluster) => ({
      kind: cluster.kind,
      country: cluster.country ?? null,
      keep: cluster.keep.trim(),
      values: cluster.values ?? cluster.members!.map((member) => member.value),
    }));
  return { decisions };
}

/** The fixes of a set of decisions, and the decisions (or spellings) left out, each with the reason. */
export interface ClusterFixPlan {
  changes: ProposedChange[];
  refused: { keep: string; values: string[]; reason: string }[];
}

/**
 * The cell changes that carry out cluster decisions on a workbook as it is now: every cell
 * of the cluster's kind (on both sheets, in the cluster's country) that holds a merged
 * spelling gets the value to keep; in a `;` list of associated actors only that name changes,
 * the rest of the list and its spacing kept. A spelling two decisions would give different
 * values (or one keeps and another merges) is refused for both, and so is a value to keep that a list could not hold (a `;`).
 * Each change goes through the fix path like any other: written only where the cell still
 * holds what was read, logged, undoable.
 */
export function planClusterFixes(workbook: WorkbookGrid, decisions: readonly ClusterDecision[]): ClusterFixPlan {
  const refused: ClusterFixPlan["refused"] = [];
  const changes: ProposedChange[] = [];
  for (const kind of ["actor", "weapon", "location"] as const) {
    const ofKind = decisions.filter((decision) => decision.kind === kind);
    if (ofKind.length === 0) continue;
    const keyOf = (value: string, country: string | null) => distinctKey(kind, value, country);
    // Each merged spelling → the value to keep, unless two decisions disagree on it.
    const target = new Map<string, string>();
    const disputed = new Set<string>();
    for (const decision of ofKind) {
      for (const value of decision.values) {
        if (value.trim() === decision.keep) continue;
        const key = keyOf(value, decision.country);
        const before = target.get(key);
        if (before !== undefined && before !== decision.keep) disputed.add(key);
        target.set(key, decision.keep);
      }
    }
    // A value one decision keeps is not another's to merge away.
    for (const decision of ofKind) {
      const kept = keyOf(decision.keep, decision.country);
      const other = target.get(kept);
      if (other !== undefined && other !== decision.keep) disputed.add(kept);
    }
    for (const decision of ofKind) {
      const lost = decision.values.filter((value) => disputed.has(keyOf(value, decision.country)));
      if (lost.length > 0) refused.push({ keep: decision.keep, values: lost, reason: `${lost.map((v) => `"${v}"`).join(", ")} ${lost.length === 1 ? "is" : "are"} also to become another value, or kept, in another decision: left as written.` });
    }
    for (const key of disputed) target.delete(key);
    // The cells, cell by cell: a list cell may hold several merged names.
    const byCell = new Map<string, { location: CellLocation; parts: Map<number, string> }>();
    for (const found of distinctValues(workbook, kind)) {
      const keep = target.get(keyOf(found.value, found.country));
      if (keep === undefined) continue;
      for (const location of found.cells) {
        if (location.part !== undefined && keep.includes(";")) {
          refused.push({ keep, values: [found.value], reason: `"${keep}" holds a ";", which would split the list of associated actors in ${location.sheet}!${location.address}: left as written.` });
          continue;
        }
        const cellKey = `${location.sheet}\u0000${location.row}\u0000${location.column}`;
        const entry = byCell.get(cellKey) ?? { location, parts: new Map<number, string>() };
        entry.parts.set(location.part ?? 0, keep);
        byCell.set(cellKey, entry);
      }
    }
    for (const { location, parts } of byCell.values()) {
      const old = cellAt(workbook, location);
      if (old === undefined) continue;
      const next = location.part === undefined ? parts.get(0)! : rewriteList(location.cell, parts);
      if (next === location.cell) continue;
      const merged = location.part === undefined ? `"${location.cell.trim()}"` : [...parts.keys()].map((part) => `"${location.cell.split(";")[part].trim()}"`).join(", ");
      changes.push({
        sheet: location.sheet,
        address: location.address,
        row: location.row,
        column: location.column,
        field: location.field,
        old,
        new: next,
        reason: `${merged} merged into "${[...new Set(parts.values())].join('", "')}" (a cluster of spellings chosen by the curator)`,
        confidence: 1,
      });
    }
  }
  changes.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.row - b.row || a.column - b.column);
  return { changes, refused };
}

/** A `;` list with some of its names replaced, each name's spacing kept. */
function rewriteList(cell: string, parts: ReadonlyMap<number, string>): string {
  return cell
    .split(";")
    .map((name, part) => {
      const keep = parts.get(part);
      if (keep === undefined) return name;
      const lead = /^\s*/.exec(name)![0];
      const trail = /\s*$/.exec(name)![0];
      return lead + keep + trail;
    })
    .join(";");
}

/** The cell's value as the workbook holds it (a number stays a number: the fix path compares it as read). */
function cellAt(workbook: WorkbookGrid, location: CellLocation): CellValue | undefined {
  const grid = workbook.sheets.find((sheet) => sheet.name === location.sheet);
  if (!grid) return undefined;
  return grid.values[location.row - (grid.startRow ?? 1)]?.[location.column - (grid.startColumn ?? 1)];
}
