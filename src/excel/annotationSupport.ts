import { AnnotationKind } from "./cellAnnotations";

type SetSupported = (set: string, version: string) => boolean;

/**
 * Whether the loaded office.js library has a member, not only whether the host reports the
 * requirement set: a local copy of office.js lags behind the host (the npm package stops at
 * ExcelApi 1.15 while current Excel reports 1.18), and calling a member the library lacks is
 * a TypeError, not an Excel error.
 */
function libraryHas(type: "Worksheet" | "Workbook", member: string): boolean {
  const excel = (globalThis as { Excel?: Record<string, { prototype?: object } | undefined> }).Excel;
  const prototype = excel?.[type]?.prototype;
  return prototype !== undefined && member in prototype;
}

/** Notes (ExcelApi 1.18) where both host and library have them, else threaded comments (1.10), else fills only. */
export function supportedAnnotations(isSetSupported: SetSupported): AnnotationKind {
  if (isSetSupported("ExcelApi", "1.18") && libraryHas("Worksheet", "notes")) return "notes";
  if (isSetSupported("ExcelApi", "1.10") && libraryHas("Workbook", "comments")) return "comments";
  return "none";
}

/** The kind asked for, or the next one down where the loaded library lacks it. */
export function availableAnnotations(wanted: AnnotationKind): AnnotationKind {
  if (wanted === "notes" && !libraryHas("Worksheet", "notes")) return availableAnnotations("comments");
  if (wanted === "comments" && !libraryHas("Workbook", "comments")) return "none";
  return wanted;
}
