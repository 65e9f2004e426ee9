import { PackageEntry, PackageError, ZipPackage } from "./zipPackage";
import { Token, XmlTokens, utf8Of } from "./xmlTokens";
import { attribute, attributesOf } from "./xmlText";

/** A sheet of the workbook: its name and where its part is. */
export interface SheetPart {
  name: string;
  sheetId: number;
  relationshipId: string;
  /** The zip entry of its part; undefined where the relationship leads to no part of the package. */
  entry?: PackageEntry;
  /** worksheet, chartsheet, dialogsheet, xlMacrosheet, …: the last segment of the relationship's type. */
  kind: string;
}

/** The parts that say what a workbook holds, as text (bytes as latin1 characters, to edit without re-encoding). */
export interface WorkbookParts {
  workbook: PackageEntry;
  workbookXml: string;
  rels: PackageEntry;
  relsXml: string;
  contentTypes: PackageEntry;
  contentTypesXml: string;
  sheets: SheetPart[];
  sharedStrings?: PackageEntry;
  /** The folder of the workbook part ("xl"), which its relationships' targets are relative to. */
  folder: string;
  /** The ISO 29500 strict namespaces rather than the transitional ones of Excel's default files. */
  strict: boolean;
  /** The relationship ids already taken. */
  relationshipIds: Set<string>;
}

const LARGEST_STRUCTURE_PART = 64 << 20;
const RELATIONSHIPS_NS = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];

/** Reads the content types, the package's and the workbook's relationships and the workbook part. Throws a PackageError. */
export async function readWorkbookParts(pkg: ZipPackage): Promise<WorkbookParts> {
  const contentTypes = entryNamed(pkg, "[Content_Types].xml");
  const packageRels = entryNamed(pkg, "_rels/.rels");
  if (!contentTypes || !packageRels) throw new PackageError("it is not an Office Open XML package (no [Content_Types].xml or _rels/.rels)");
  const office = relationships(await partText(pkg, packageRels)).find((r) => r.type.endsWith("/officeDocument") && r.mode !== "External");
  const workbookName = office && resolveTarget("", office.target);
  const workbook = workbookName ? entryNamed(pkg, workbookName) : undefined;
  if (!workbook) throw new PackageError("it has no workbook part");
  const folder = workbook.name.includes("/") ? workbook.name.slice(0, workbook.name.lastIndexOf("/")) : "";
  const relsName = `${folder ? `${folder}/` : ""}_rels/${workbook.name.slice(folder ? folder.length + 1 : 0)}.rels`;
  const rels = entryNamed(pkg, relsName);
  if (!rels) throw new PackageError(`its workbook has no relationships part (${relsName})`);
  const [workbookXml, relsXml, contentTypesXml] = [await partText(pkg, workbook), await partText(pkg, rels), await partText(pkg, contentTypes)];
  const links = relationships(relsXml);
  const byId = new Map(links.map((r) => [r.id, r]));
  const relationshipPrefix = prefixBoundTo(workbookXml, RELATIONSHIPS_NS);
  const sheets: SheetPart[] = [];
  let inSheets = false;
  for (const token of tokensOf(workbookXml)) {
    if (token.local === "sheets") inSheets = token.kind === "start";
    if (!inSheets || token.local !== "sheet" || (token.kind !== "start" && token.kind !== "empty")) continue;
    const tag = utf8Of(token.raw);
    const relationshipId = (relationshipPrefix && attribute(tag, `${relationshipPrefix}:id`)) ?? "";
    const link = byId.get(relationshipId);
    const target = link && link.mode !== "External" ? entryNamed(pkg, resolveTarget(folder, link.target)) : undefined;
    sheets.push({ name: attribute(tag, "name") ?? "", sheetId: Number(attribute(tag, "sheetId")), relationshipId, entry: target, kind: link ? link.type.slice(link.type.lastIndexOf("/") + 1) : "" });
  }
  const strings = links.find((r) => r.type.endsWith("/sharedStrings") && r.mode !== "External");
  return {
    workbook,
    workbookXml,
    rels,
    relsXml,
    contentTypes,
    contentTypesXml,
    sheets,
    sharedStrings: strings ? entryNamed(pkg, resolveTarget(folder, strings.target)) : undefined,
    folder,
    strict: workbookXml.includes("http://purl.oclc.org/ooxml/spreadsheetml/main"),
    relationshipIds: new Set(links.map((r) => r.id)),
  };
}

/** The entry of a part by its name, which OPC compares without case. */
export function entryNamed(pkg: ZipPackage, name: string): PackageEntry | undefined {
  const wanted = name.replace(/^\//, "").toLowerCase();
  return pkg.entries.find((entry) => entry.name.replace(/^\//, "").toLowerCase() === wanted);
}

/** A small part's bytes as latin1 characters. */
export async function partText(pkg: ZipPackage, entry: PackageEntry): Promise<string> {
  if (entry.entry.uncompressedSize > LARGEST_STRUCTURE_PART) throw new PackageError(`${entry.name} is ${entry.entry.uncompressedSize} bytes, too large for the part it is`);
  const chunks: Buffer[] = [];
  for await (const chunk of await pkg.openStream(entry, { raw: false })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("latin1");
}

/** A part's name from a relationship's target: relative to the source part's folder, or absolute from the package root. */
export function resolveTarget(folder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: the target as written.
  }
  const segments = decoded.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  mode?: string;
}

function relationships(xml: string): Relationship[] {
  return tokensOf(xml)
    .filter((token) => token.local === "Relationship" && (token.kind === "start" || token.kind === "empty"))
    .map((token) => {
      const tag = utf8Of(token.raw);
      return { id: attribute(tag, "Id") ?? "", type: attribute(tag, "Type") ?? "", target: attribute(tag, "Target") ?? "", mode: attribute(tag, "TargetMode") };
    });
}

/** The prefix a document binds to one of `namespaces`, or undefined. */
export function prefixBoundTo(xml: string, namespaces: string[]): string | undefined {
  for (const token of tokensOf(xml)) {
    if (token.kind !== "start" && token.kind !== "empty") continue;
    const bound = attributesOf(token.raw).find((a) => a.name.startsWith("xmlns:") && namespaces.includes(a.value));
    if (bound) return bound.name.slice(6);
  }
  return undefined;
}

/** Every token of a whole document, with where it starts. */
export function tokensOf(xml: string): (Token & { at: number })[] {
  const all: (Token & { at: number })[] = [];
  let at = 0;
  const tokens = new XmlTokens();
  tokens.feed(xml, (token) => {
    all.push({ ...token, at });
    at += token.raw.length;
  });
  tokens.finish();
  return all;
}
