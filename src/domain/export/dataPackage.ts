import { FieldSpec, SheetKind } from "../schema/fieldSpec";
import { FIELDS_OF } from "../headers/fieldIndex";
import { ACTOR_TYPES } from "../vocabulary/actorTypes";
import { DISORDER_TYPES, EVENT_TYPES, SUB_EVENT_TYPES } from "../vocabulary/eventTypes";
import { LEGACY_EVENT_TYPES } from "../vocabulary/legacyEventTypes";
import { WEAPON_CATEGORY_NAMES } from "../vocabulary/weaponCategories";
import type { UserColumn } from "./userColumns";

/** A Table Schema field (Frictionless Table Schema v1). */
export interface TableSchemaField {
  name: string;
  type: "string" | "date" | "integer" | "number" | "any";
  title: string;
  description?: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; enum?: string[] };
}

/** Ranges and vocabularies of the typed schemas, as Table Schema constraints. */
const CONSTRAINTS: Record<string, TableSchemaField["constraints"]> = {
  time_precision: { minimum: 1, maximum: 3 },
  geo_precision: { minimum: 1, maximum: 3 },
  latitude: { minimum: -90, maximum: 90 },
  longitude: { minimum: -180, maximum: 180 },
  fatalities: { minimum: 0 },
  quantity: { minimum: 1 },
  year: { minimum: 1900 },
  year_of_manufacture: { minimum: 1800 },
  event_type: { enum: [...EVENT_TYPES] },
  sub_event_type: { enum: [...SUB_EVENT_TYPES] },
  disorder_type: { enum: [...DISORDER_TYPES] },
  inter1: { enum: [...ACTOR_TYPES] },
  inter2: { enum: [...ACTOR_TYPES] },
  category: { enum: [...WEAPON_CATEGORY_NAMES] },
};

/** A sheet in ACLED's pre-2019 taxonomy: the old event types, no sub-event type required. */
const LEGACY_CONSTRAINTS: Record<string, TableSchemaField["constraints"]> = {
  event_type: { enum: [...LEGACY_EVENT_TYPES] },
  sub_event_type: { enum: [...SUB_EVENT_TYPES] },
};

function fieldOf(spec: FieldSpec, kind: SheetKind, legacyTaxonomy = false): TableSchemaField {
  const type = spec.kind === "date" ? "date" : spec.kind === "integer" ? "integer" : spec.kind === "number" ? "number" : "string";
  const required = spec.required && !(legacyTaxonomy && spec.field === "sub_event_type");
  const constraints = { ...(required ? { required: true } : {}), ...(kind === "incidents" && spec.field === "incident_id" ? { unique: true } : {}), ...((legacyTaxonomy && LEGACY_CONSTRAINTS[spec.field]) || CONSTRAINTS[spec.field]) };
  return { name: spec.field, type, title: spec.label, ...(type === "date" ? { format: "%Y-%m-%d" } : {}), ...(Object.keys(constraints).length ? { constraints } : {}) };
}

export interface ResourceFile {
  kind: SheetKind;
  /** The CSV file's name, relative to datapackage.json. */
  path: string;
  /** The user's own columns, written after the schema's fields (see `UserColumn`). */
  userColumns?: readonly Pick<UserColumn, "name" | "title" | "column" | "duplicateOf">[];
  /** Extra columns written after the schema's fields and the user's (issue codes and messages). */
  extraColumns?: string[];
  /** The sheet is in ACLED's pre-2019 taxonomy. */
  legacyTaxonomy?: boolean;
}

/**
 * A Frictionless Data Package describing exported CSV files: Table Schema v1 with types,
 * formats, constraints, missing values, the incident sheet's primary key and the weapon →
 * incident foreign key (where both files are described).
 */
export function dataPackage(resources: readonly ResourceFile[], name = DEFAULT_PACKAGE_NAME): Record<string, unknown> {
  const hasIncidents = resources.some((r) => r.kind === "incidents");
  return { profile: "tabular-data-package", name, resources: resources.map((resource) => dataResource(resource, hasIncidents)) };
}

/** The package name of a datapackage.json the export writes afresh. */
export const DEFAULT_PACKAGE_NAME = "incident-curator-export";

/** The weapon sheet's foreign key to the incident sheet. */
const INCIDENT_FOREIGN_KEY = { fields: ["incident_id"], reference: { resource: "incidents", fields: ["incident_id"] } };

/** One exported sheet as a Tabular Data Resource; `hasIncidents`: the package describes the incident sheet too (the foreign key's target). */
export function dataResource(resource: ResourceFile, hasIncidents: boolean): Record<string, unknown> {
  return {
    profile: "tabular-data-resource",
    name: resource.kind,
    path: resource.path,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: [
        ...FIELDS_OF[resource.kind].map((spec) => fieldOf(spec, resource.kind, resource.legacyTaxonomy)),
        ...(resource.userColumns ?? []).map(userField),
        ...(resource.extraColumns ?? []).map((column) => ({ name: column, type: "string", title: column })),
      ],
      missingValues: [""],
      ...(resource.kind === "incidents" ? { primaryKey: ["incident_id"] } : {}),
      ...(resource.kind === "weapons" && hasIncidents ? { foreignKeys: [INCIDENT_FOREIGN_KEY] } : {}),
    },
  };
}

/**
 * A user's column as a field: type `any`, since it holds whatever the user wrote (text,
 * numbers, ISO dates), its header as written as the title, and a description saying whose
 * column it is.
 */
function userField(column: Pick<UserColumn, "name" | "title" | "column" | "duplicateOf">): TableSchemaField {
  const description = column.duplicateOf
    ? `The user's own column (column ${column.column} of the sheet): a second ${column.duplicateOf} column, exported as the sheet has it; the check read the first.`
    : `The user's own column (column ${column.column} of the sheet), not a field of the schema: exported as the sheet has it, dates as ISO dates.`;
  return { name: column.name, type: "any", title: column.title, description };
}

/** A datapackage.json as found beside the output, or why it cannot be merged into. */
export type PreviousPackage = { descriptor: Record<string, unknown> } | { problem: string };

/**
 * Reads the text of an existing datapackage.json for `mergeDataPackage`: it must be JSON,
 * an object, and its `resources`, where present, a list; otherwise the problem in a few
 * words (replacing such a file would throw away what someone wrote in it).
 */
export function readPreviousPackage(text: string): PreviousPackage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { problem: `is not valid JSON (${(error as Error).message})` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { problem: `is not a JSON object (it holds ${Array.isArray(parsed) ? "a list" : parsed === null ? "null" : `a ${typeof parsed}`})` };
  const resources = (parsed as Record<string, unknown>).resources;
  if (resources !== undefined && !Array.isArray(resources)) return { problem: "has a \"resources\" entry that is not a list" };
  return { descriptor: parsed as Record<string, unknown> };
}

/**
 * The package with `resource` in it: everything the package already holds is kept (its
 * name, title, licenses, contributors, description, other resources of any name, keys this
 * tool does not know), and only the resource that describes the exported sheet is replaced,
 * in its place: the one of its name or of its path (all of those, which now describe one
 * file, become the one new resource). A new resource goes last. The weapon sheet's foreign
 * key is set where the package also describes the incident sheet; exporting the incident
 * sheet adds it to a weapon resource of this tool's that lacks it. Without a previous
 * package, `dataPackage` of the one resource.
 */
export function mergeDataPackage(previous: Record<string, unknown> | undefined, resource: ResourceFile): Record<string, unknown> {
  if (!previous) return dataPackage([resource]);
  const old = ((previous.resources as unknown[] | undefined) ?? []).slice();
  const isObject = (entry: unknown): entry is Record<string, unknown> => typeof entry === "object" && entry !== null && !Array.isArray(entry);
  const matches = (entry: unknown) => isObject(entry) && (entry.name === resource.kind || entry.path === resource.path);
  const hasIncidents = resource.kind === "incidents" || old.some((entry) => isObject(entry) && entry.name === "incidents");
  const fresh = dataResource(resource, hasIncidents);
  const at = old.findIndex(matches);
  const resources = at < 0 ? [...old, fresh] : old.flatMap((entry, i) => (i === at ? [fresh] : matches(entry) ? [] : [entry]));
  return {
    // A package that says nothing of its profile gets the tabular one its resources are.
    profile: "tabular-data-package",
    name: DEFAULT_PACKAGE_NAME,
    ...previous,
    resources: resource.kind === "incidents" ? resources.map((entry) => (isObject(entry) ? withForeignKey(entry) : entry)) : resources,
  };
}

/** A weapon resource of this tool's (named weapons, with an incident_id field) with the foreign key to the incident sheet. */
function withForeignKey(entry: Record<string, unknown>): Record<string, unknown> {
  const schema = entry.schema as { fields?: { name?: unknown }[]; foreignKeys?: unknown } | undefined;
  if (entry.name !== "weapons" || !schema || schema.foreignKeys !== undefined || !Array.isArray(schema.fields) || !schema.fields.some((field) => field?.name === "incident_id")) return entry;
  return { ...entry, schema: { ...schema, foreignKeys: [INCIDENT_FOREIGN_KEY] } };
}
