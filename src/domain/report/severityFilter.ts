import { Issue } from "../issues/issue";
import { Severity, SEVERITY_ORDER } from "../issues/issueCodes";

const SEVERITIES = Object.keys(SEVERITY_ORDER) as Severity[];

/**
 * Reads a severity filter such as `warning` or `error,warning`: the findings of exactly those
 * severities are kept (`warning` is not "warning and worse"). In severity order, once each.
 */
export function parseSeverities(text: string): { severities: Severity[] } | { error: string } {
  const words = text.split(",").map((word) => word.trim().toLowerCase());
  const unknown = words.find((word) => !(SEVERITIES as string[]).includes(word));
  if (unknown !== undefined) {
    return { error: `--severity must be error, warning or info, or a comma list of them such as error,warning; not "${unknown === "" ? text : unknown}"` };
  }
  return { severities: SEVERITIES.filter((severity) => words.includes(severity)) };
}

/** The findings of the given severities, in their order. */
export function keepSeverities(issues: readonly Issue[], severities: readonly Severity[]): Issue[] {
  return issues.filter((issue) => severities.includes(issue.severity));
}
