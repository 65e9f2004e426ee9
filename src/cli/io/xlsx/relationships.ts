import { attribute, parseXmlText } from "./partXml";

/** One relationship of a part (`xl/_rels/workbook.xml.rels`), its target resolved to a part name. */
export interface Relationship {
  id: string;
  /** The type's last segment: "worksheet", "sharedStrings", "styles", "table", "officeDocument" … */
  type: string;
  /** The target part's name in the package (no leading "/"); external targets are left out. */
  target: string;
}

/** Where the relationships of a part live: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A target as a part name. Writers differ: Excel and LibreOffice write targets relative to the
 * source part's folder ("worksheets/sheet1.xml", "../tables/table1.xml"), openpyxl and some
 * others absolute ("/xl/worksheets/sheet1.xml"); some write backslashes or percent-escapes.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let path = target.replace(/\\/g, "/");
  try {
    path = decodeURIComponent(path);
  } catch {
    // A lone "%" is a literal character in a name.
  }
  const segments = path.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** The relationships part's internal relationships; `sourcePart` is the part they belong to. */
export function parseRelationships(relsPart: string, xml: string, sourcePart: string): Relationship[] {
  const relationships: Relationship[] = [];
  parseXmlText(relsPart, xml, {
    open(name, attributes) {
      if (name !== "Relationship") return;
      const id = attribute(attributes, "Id");
      const type = attribute(attributes, "Type");
      const target = attribute(attributes, "Target");
      if (!id || !type || target === undefined || attribute(attributes, "TargetMode")?.toLowerCase() === "external") return;
      relationships.push({ id, type: type.replace(/^.*\//, ""), target: resolveTarget(sourcePart, target) });
    },
  });
  return relationships;
}
