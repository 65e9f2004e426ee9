import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

/**
 * A checker for the parts of the Frictionless Data Package and Table Schema v1 rules that
 * the export relies on: the descriptor (resources, field types, constraints, keys) and the
 * data (header, types, required, minimum/maximum, enum, unique and primary keys, foreign
 * keys). Returns every violation found, as sentences; empty means valid.
 */
const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"]);

type Field = { name: string; type: string; format?: string; constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; enum?: string[] } };
type Resource = { name: string; path: string; schema: { fields: Field[]; missingValues?: string[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } };

export function validateDataPackage(descriptor: { profile?: string; resources: Resource[] }, dir: string): string[] {
  const problems: string[] = [];
  if (descriptor.profile !== "tabular-data-package") problems.push("profile is not tabular-data-package");
  const names = descriptor.resources.map((r) => r.name);
  if (new Set(names).size !== names.length) problems.push("resource names are not unique");
  const data = new Map<string, Record<string, string | null>[]>();
  for (const resource of descriptor.resources) {
    if (!/^[a-z0-9._-]+$/.test(resource.name)) problems.push(`${resource.name}: name must be lower case, digits, . _ -`);
    const fields = resource.schema.fields;
    for (const field of fields) {
      if (!TYPES.has(field.type)) problems.push(`${resource.name}.${field.name}: unknown type ${field.type}`);
      const c = field.constraints ?? {};
      if ((c.minimum !== undefined || c.maximum !== undefined) && !["integer", "number", "date", "year"].includes(field.type)) problems.push(`${resource.name}.${field.name}: minimum/maximum on a ${field.type}`);
    }
    for (const key of resource.schema.primaryKey ?? []) if (!fields.some((f) => f.name === key)) problems.push(`${resource.name}: primary key ${key} is not a field`);
    const missing = new Set(resource.schema.missingValues ?? [""]);
    const records: string[][] = parse(readFileSync(join(dir, resource.path), "utf8"), { bom: true });
    const [header, ...rows] = records;
    if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name))) problems.push(`${resource.name}: header differs from the schema's fields`);
    const typed = rows.map((row) => Object.fromEntries(fields.map((field, i) => [field.name, missing.has(row[i] ?? "") ? null : row[i]])));
    data.set(resource.name, typed);
    typed.forEach((row, index) => {
      for (const field of fields) {
        const value = row[field.name];
        const where = `${resource.name} row ${index + 2} ${field.name}`;
        const c = field.constraints ?? {};
        if (value === null) {
          if (c.required) problems.push(`${where}: required`);
          continue;
        }
        let comparable: number | string = value;
        if (field.type === "integer") {
          if (!/^[+-]?\d+$/.test(value)) problems.push(`${where}: "${value}" is not an integer`);
          comparable = Number(value);
        } else if (field.type === "number") {
          if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) problems.push(`${where}: "${value}" is not a number`);
          comparable = Number(value);
        } else if (field.type === "date") {
          const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
          const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
          if (!match || !date || date.getUTCDate() !== +match[3]) problems.push(`${where}: "${value}" is not a %Y-%m-%d date`);
        }
        if (c.minimum !== undefined && typeof comparable === "number" && comparable < c.minimum) problems.push(`${where}: below ${c.minimum}`);
        if (c.maximum !== undefined && typeof comparable === "number" && comparable > c.maximum) problems.push(`${where}: above ${c.maximum}`);
        if (c.enum && !c.enum.includes(value)) problems.push(`${where}: "${value}" not in the enum`);
      }
    });
    const uniqueFields = [...fields.filter((f) => f.constraints?.unique).map((f) => [f.name]), ...(resource.schema.primaryKey ? [resource.schema.primaryKey] : [])];
    for (const key of uniqueFields) {
      const seen = new Set<string>();
      for (const row of typed) {
        const value = JSON.stringify(key.map((k) => row[k]));
        if (seen.has(value)) problems.push(`${resource.name}: ${key.join("+")} ${value} is not unique`);
        seen.add(value);
      }
    }
  }
  for (const resource of descriptor.resources) {
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = descriptor.resources.find((r) => r.name === fk.reference.resource);
      if (!target) {
        problems.push(`${resource.name}: foreign key to a missing resource ${fk.reference.resource}`);
        continue;
      }
      const keys = new Set(data.get(target.name)!.map((row) => JSON.stringify(fk.reference.fields.map((f) => row[f]))));
      for (const row of data.get(resource.name)!) {
        const value = JSON.stringify(fk.fields.map((f) => row[f]));
        if (!keys.has(value)) problems.push(`${resource.name}: ${fk.fields.join("+")} ${value} has no match in ${target.name}`);
      }
    }
  }
  return problems;
}
