import { fold } from "../../text/fold";
import { Resolvers } from "../../names/dictionary/resolvers";
import { WeaponDictionaryEntry } from "../../names/dictionary/dictionarySchema";
import { isMapped, Resolution } from "../../names/resolution";
import { CheckedRow, RowReport } from "../sheetCheck";
import { reportName } from "./reportName";
import { familyOf } from "./weaponFamilies";
import { sameCalibre } from "../../names/weaponQualifiers";

/**
 * Normalises the weapon and holder cells of the weapon sheet, with the incident's country
 * as the holder's context, and checks each mapped model against its reference facts
 * (`weapon-mismatch`): category, calibre, origin (the origin column and a nationality
 * adjective in the weapon cell), ammunition against launchers, the year of manufacture
 * against the year the designation names, and the holder against the incident's actors.
 * One weapon row at a time: `incident` is its incident row, where there is one. Without it (a
 * weapon sheet checked alone, or an incident id that does not resolve) the row has no
 * country, and names whose meaning depends on the country ("ISIS") are refused, never read
 * as they are read for an incident that gives no country.
 */
export function checkWeaponNames(row: CheckedRow, incident: CheckedRow | undefined, resolvers: Resolvers, report: RowReport): void {
  const country = (incident?.values.country as string | undefined) ?? null;
  const canonical: NonNullable<CheckedRow["canonical"]> = {};
  const raw = row.values.weapon as string | undefined;
  if (raw) {
    const resolution = resolvers.weapons.resolve(raw, country);
    reportName(row, "weapon", resolution, "weapon", report);
    canonical.weapon = isMapped(resolution.status) ? resolution.canonical : null;
    const entry = canonical.weapon ? resolvers.weapons.entry(canonical.weapon) : undefined;
    if (entry) checkFacts(row, entry, resolution, report);
  }
  const holder = row.values.holder as string | undefined;
  if (holder) {
    const resolution = incident ? resolvers.actors.resolve(holder, country) : resolvers.actors.resolveWithoutCountry(holder);
    reportName(row, "holder", resolution, "actor", report);
    canonical.holder = isMapped(resolution.status) ? resolution.canonical : null;
    if (incident) checkHolder(row, holder, canonical.holder, incident, report);
  }
  row.canonical = canonical;
}

function checkFacts(row: CheckedRow, entry: WeaponDictionaryEntry, resolution: Resolution, report: RowReport): void {
  const model = entry.canonical;
  const category = row.values.category as string | undefined;
  if (category) {
    const written = familyOf(category);
    const known = familyOf(entry.category);
    if (written && known && written !== known) {
      const mixedUp = (written === "ammunition") !== (known === "ammunition");
      const what = entry.kind === "ammunition" ? `${model} is ammunition (${entry.category}${entry.firedBy ? `, fired by ${entry.firedBy.join(", ")}` : ""})` : `${model} is a ${entry.category}${entry.fires ? ` (it fires ${entry.fires.join(", ")})` : ""}`;
      report(row, "category", "weapon-mismatch", `${mixedUp ? "Ammunition and launcher mixed up: " : ""}the category "${category}" contradicts the model: ${what}.`, entry.category);
    }
  }
  const calibre = row.values.calibre as string | undefined;
  if (calibre && entry.calibre && !calibresAgree(calibre, entry.calibre)) {
    report(row, "calibre", "weapon-mismatch", `The calibre ${calibre} contradicts the model: ${model} is ${entry.calibre}.`, entry.calibre);
  }
  const origins = entry.origins;
  if (origins) {
    const origin = row.values.country_of_origin as string | undefined;
    if (origin && !origins.includes(origin)) {
      report(row, "country_of_origin", "weapon-mismatch", `${model} is known to come from ${origins.join(" or ")}, not ${origin}: a licensed copy, or a mistake?`);
    }
    if (resolution.statedOrigin && !origins.includes(resolution.statedOrigin)) {
      report(row, "weapon", "weapon-mismatch", `The cell says it was made in ${resolution.statedOrigin}, but ${model} is known to come from ${origins.join(" or ")}: a licensed copy, or a mistake?`);
    }
  }
  const year = row.values.year_of_manufacture as number | undefined;
  if (year !== undefined && entry.designationYear !== undefined && year < entry.designationYear) {
    report(row, "year_of_manufacture", "weapon-mismatch", `Made in ${year}, before ${entry.designationYear}, the year the designation ${model} names.`);
  }
}

const calibreVerdicts = new Map<string, Map<string, boolean>>();

/** "7.62" agrees with 7.62×39mm; "7.62×54" does not. Only the numbers are compared; verdicts are remembered. */
function calibresAgree(written: string, known: string): boolean {
  let byWritten = calibreVerdicts.get(known);
  const remembered = byWritten?.get(written);
  if (remembered !== undefined) return remembered;
  const verdict = compareCalibres(written, known);
  if (!byWritten) calibreVerdicts.set(known, (byWritten = new Map()));
  if (byWritten.size < 10_000) byWritten.set(written, verdict);
  return verdict;
}

function compareCalibres(written: string, known: string): boolean {
  return sameCalibre(written, known);
}

function checkHolder(row: CheckedRow, raw: string, holder: string | null | undefined, incident: CheckedRow, report: RowReport): void {
  // Compared by canonical name, or folded where a name is not mapped; printed as written.
  const actors = new Map<string, string>();
  const names = incident.canonical ?? {};
  for (const field of ["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"]) {
    const written = incident.values[field];
    const mapped = names[field];
    if (Array.isArray(mapped) && !Array.isArray(written)) {
      for (const name of mapped) if (name) actors.set(name, name); // a compound cell: every actor it names
      continue;
    }
    const writtenList = Array.isArray(written) ? (written as string[]) : written ? [written as string] : [];
    const mappedList = Array.isArray(mapped) ? mapped : [mapped];
    writtenList.forEach((name, index) => {
      const canonical = mappedList[index];
      const key = canonical ?? fold(name);
      if (!actors.has(key)) actors.set(key, canonical ?? name);
    });
  }
  if (actors.size === 0) return;
  if (actors.has(holder ?? fold(raw))) return;
  const listed = [...actors.values()].join("; ");
  report(row, "holder", "weapon-mismatch", `The holder ${holder ?? raw} is not one of the incident's actors (${listed}).`);
}
