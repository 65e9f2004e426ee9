import { isMapped, Resolution } from "../../names/resolution";
import { CheckedRow, RowReport } from "../sheetCheck";

/**
 * Reports what the normaliser said of one name cell: `non-canonical` with the canonical
 * name as the one-click suggestion, `unknown-name`, `ambiguous-name` or `compound-name`
 * with candidates. Canonical names and generic descriptions are not findings.
 */
export function reportName(row: CheckedRow, field: string, resolution: Resolution, kind: "actor" | "weapon", report: RowReport): void {
  const { raw, status, canonical, candidates, reason } = resolution;
  if (status === "canonical" || status === "acled" || status === "generic") return;
  if (isMapped(status) && canonical) {
    const fix = resolution.fix ?? canonical;
    report(row, field, "non-canonical", `"${raw}" → ${fix}: ${reason}.`, fix, undefined, resolution.confidence);
    return;
  }
  const list = candidates.length > 0 ? candidates : undefined;
  if (status === "ambiguous") report(row, field, "ambiguous-name", `Which ${kind}? ${reason}`, undefined, list);
  else if (status === "compound") report(row, field, "compound-name", `Two ${kind === "actor" ? "actors" : "models"} in one cell: ${reason}`, undefined, list);
  else report(row, field, "unknown-name", `Unknown ${kind}: ${reason}${list ? ` Candidates: ${list.join("; ")}.` : ""}`, undefined, list);
}
