import { CheckedRow, RowReport } from "./sheetCheck";

/** A weapon cannot have been made after the incident it was documented in (`incident`, where its ID names one). */
export function manufactureYear(row: CheckedRow, incident: CheckedRow | undefined, report: RowReport): void {
  const year = row.values.year_of_manufacture as number | undefined;
  const date = incident?.values.event_date as string | undefined;
  if (year === undefined || !date) return;
  if (year > Number(date.slice(0, 4))) {
    report(row, "year_of_manufacture", "range", `Made in ${year}, after the incident of ${date} it was documented in.`);
  }
}
