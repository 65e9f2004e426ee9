import { CheckedRow, RowReport } from "./sheetCheck";

/** A weapon cannot have been made after the incident it was documented in. */
export function manufactureYear(weapons: readonly CheckedRow[], incidents: readonly (CheckedRow | undefined)[], report: RowReport): void {
  for (let i = 0; i < weapons.length; i++) {
    const row = weapons[i];
    const year = row.values.year_of_manufacture as number | undefined;
    const date = incidents[i]?.values.event_date as string | undefined;
    if (year === undefined || !date) continue;
    if (year > Number(date.slice(0, 4))) {
      report(row, "year_of_manufacture", "range", `Made in ${year}, after the incident of ${date} it was documented in.`);
    }
  }
}
