import { isRecognisedForm, Resolution } from "../../names/resolution";
import { periodYears } from "../../names/actorResolver";
import { CheckedRow, RowReport } from "../sheetCheck";
import { formatCount } from "../../text/formatCount";

interface Form {
  /** The cell's text as written (a recognised form of the actor). */
  text: string;
  /** The text without ACLED's period and unit: two forms differ when these do. */
  base: string;
  count: number;
  first: { row: CheckedRow; field: string };
  /** The years ACLED's regime period covers, where the form has one. */
  from?: number;
  to?: number;
  hasUnit: boolean;
  /** Whether the form is the canonical name itself (else ACLED's own form). */
  canonical: boolean;
}

/**
 * The recognised forms (canonical, or ACLED's own) in which a sheet writes each actor, with
 * how often. A variant is fixed to the form the sheet uses most for its actor, among forms
 * without a unit whose regime period covers the event's year (NAMING-POLICY actors §2),
 * else to its own fix; a sheet that writes one actor in two recognised forms (ACLED's and
 * the canonical) gets one `mixed-forms` finding for that actor, with the counts of each.
 */
export class SheetForms {
  private readonly byActor = new Map<string, Map<string, Form>>();

  /** Counts one name cell; `keep` gives what is kept of the row where the cell is the form's first. */
  count(resolution: Resolution, row: CheckedRow, field: string, keep: (row: CheckedRow) => CheckedRow = (r) => r): void {
    if (!isRecognisedForm(resolution.status) || !resolution.canonical) return;
    let forms = this.byActor.get(resolution.canonical);
    if (!forms) this.byActor.set(resolution.canonical, (forms = new Map()));
    const text = resolution.raw.trim();
    const form = forms.get(text);
    if (form) {
      form.count++;
      return;
    }
    const period = periodYears(resolution.period);
    const base = resolution.period ? text.slice(0, text.indexOf(resolution.period)).trim() : text;
    forms.set(text, { text, base, count: 1, first: { row: keep(row), field }, from: period?.from, to: period?.to, hasUnit: !!resolution.unit, canonical: resolution.status === "canonical" });
  }

  /** The value a variant's fix writes: the sheet's most used fitting form, or the resolver's fix. */
  preferred(resolution: Resolution, year: number | undefined): string {
    const own = resolution.fix ?? resolution.canonical ?? resolution.raw;
    if (resolution.period || resolution.unit || !resolution.canonical) return own;
    let best: Form | undefined;
    const periods = new Set<string>();
    for (const form of this.byActor.get(resolution.canonical)?.values() ?? []) {
      if (form.hasUnit) continue;
      if (form.from !== undefined && (year === undefined || year < form.from || (form.to !== undefined && year > form.to))) continue;
      // A form with brackets beyond its period carries a branch or place ("Islamic State
      // (Iraq)"): it is never another cell's fix.
      if (/[()]/.test(form.base)) continue;
      if (form.from !== undefined) periods.add(`${form.from}-${form.to ?? ""}`);
      if (!best || form.count > best.count) best = form;
    }
    // Two regime periods cover the year (a coup year: "(2015-2022)" and "(2022-)"): the year
    // does not say which, so no period is written.
    if (periods.size > 1) return own;
    return best?.text ?? own;
  }

  /** One finding per actor written in two or more recognised forms (bases differing). */
  reportMixed(report: RowReport): void {
    for (const [canonical, forms] of this.byActor) {
      // ACLED's own forms of one actor over time ("Islamic State (Greater Sahara)", "Islamic
      // State (Sahel)") are not a mix; the canonical name beside one of them is.
      // Forms with a unit or brackets name a unit, branch or place ("Military Forces of Sudan
      // (2019-) Rapid Support Forces", "Islamic State (Iraq)"): not another form of the same name.
      const values = [...forms.values()].filter((f) => !f.hasUnit && !/[()]/.test(f.base));
      if (!values.some((f) => f.canonical) || !values.some((f) => !f.canonical && f.base !== canonical)) continue;
      const bases = new Map<string, { count: number; first: Form["first"] }>();
      for (const form of values) {
        const seen = bases.get(form.base);
        if (seen) seen.count += form.count;
        else bases.set(form.base, { count: form.count, first: form.first });
      }
      if (bases.size < 2) continue;
      const ranked = [...bases].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
      const [majority] = ranked[0];
      const [minority, { first }] = ranked[ranked.length - 1];
      const counts = ranked.map(([base, { count }]) => `"${base}" (${formatCount(count)} ${count === 1 ? "cell" : "cells"})`).join(", ");
      report(
        first.row,
        first.field,
        "mixed-forms",
        `${canonical} is written in ${ranked.length} recognised forms in this sheet: ${counts}. Each is right; to count it one way, keep one form (the sheet mostly writes "${majority}").`,
        first.row.values[first.field] === minority ? majority : undefined,
      );
    }
  }
}
