import { columnNumber } from "../cells/columnLetter";
import { Issue } from "../issues/issue";
import { Severity, SEVERITY_ORDER } from "../issues/issueCodes";

/** Fill colours by severity: light enough to read the value through, told apart without colour by the note. */
export const FLAG_COLORS: Record<Severity, string> = { error: "#F8CBAD", warning: "#FFE699", info: "#DDEBF7" };

/** Every note the add-in writes starts with this, so that its own notes are known again. */
export const NOTE_PREFIX = "Incident Curator";

/** One flagged cell: the worst severity of its issues and a note that lists them all. */
export interface CellFlag {
  sheet: string;
  /** A1 address within the sheet, e.g. "C5". */
  address: string;
  row: number;
  column: number;
  severity: Severity;
  note: string;
}

/** The cells to flag for a list of issues: one flag per cell; issues about a whole row or sheet have no cell to flag. */
export function planFlags(issues: readonly Issue[]): CellFlag[] {
  const byCell = new Map<string, { flag: CellFlag; lines: string[] }>();
  for (const issue of issues) {
    if (!issue.sheet || !issue.column || issue.row < 1) continue;
    const address = `${issue.column}${issue.row}`;
    const key = `${issue.sheet}\u0000${address}`;
    let entry = byCell.get(key);
    if (!entry) {
      entry = { flag: { sheet: issue.sheet, address, row: issue.row, column: columnNumber(issue.column), severity: issue.severity, note: "" }, lines: [] };
      byCell.set(key, entry);
    }
    if (SEVERITY_ORDER[issue.severity] < SEVERITY_ORDER[entry.flag.severity]) entry.flag.severity = issue.severity;
    const fix = issue.suggestion !== undefined ? ` → ${issue.suggestion}` : issue.candidates ? ` (candidates: ${issue.candidates.join("; ")})` : "";
    entry.lines.push(`${issue.severity} · ${issue.code}: ${issue.message}${fix}`);
  }
  return [...byCell.values()].map(({ flag, lines }) => ({ ...flag, note: `${NOTE_PREFIX}\n${lines.join("\n")}` }));
}

/**
 * Cell addresses merged into areas (vertical runs of one column become "C5:C9") and
 * split into groups that one `getRanges` call accepts: at most `maxAreas` areas and
 * `maxChars` characters of address each.
 */
export function addressGroups(cells: readonly { row: number; column: number; address: string }[], maxAreas = 400, maxChars = 8000): string[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const areas: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].column === sorted[i].column && sorted[j + 1].row === sorted[j].row + 1) j++;
    const column = sorted[i].address.replace(/\d+$/, "");
    areas.push(j === i ? sorted[i].address : `${column}${sorted[i].row}:${column}${sorted[j].row}`);
    i = j + 1;
  }
  const groups: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const area of areas) {
    if (current.length > 0 && (current.length >= maxAreas || length + area.length + 1 > maxChars)) {
      groups.push(current.join(","));
      current = [];
      length = 0;
    }
    current.push(area);
    length += area.length + 1;
  }
  if (current.length > 0) groups.push(current.join(","));
  return groups;
}
