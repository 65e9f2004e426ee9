import { RowCheck } from "./rowCheck";

/** The year column, where there is one, is the year of the event date. */
export const yearMatchesDate: RowCheck = (values, report) => {
  const year = values.year as number | undefined;
  const date = values.event_date as string | undefined;
  if (year === undefined || !date) return;
  const dateYear = Number(date.slice(0, 4));
  if (year === dateYear) return;
  report("year", "inconsistent", `The year ${year} is not the year of the event date ${date}.`, String(dateYear));
};
