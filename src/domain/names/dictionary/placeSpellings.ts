import { fold } from "../../text/fold";

/** What a row of the dictionary sheet says, as far as the places it names go. */
export interface PlaceRow {
  kind: string;
  canonical: string;
  alias: string;
  country: string | null;
  relation: "same" | "different";
  row: number;
}

/** A row refused: the field and name that another place already has, and the sentence saying so. */
export interface TakenSpelling {
  field: "canonical" | "alias";
  name: string;
  message: string;
}

/**
 * The spellings the sheet's `same` location rows give each place, country by country (or
 * everywhere, for rows without a country): one spelling names one place there. A row giving
 * a spelling (up to case and accents) that an earlier row gives another place is refused, so
 * that clustering never has two places to propose for one value. Rows of other kinds, and
 * `different` rows, are not spellings of a place and pass.
 */
export class PlaceSpellings {
  private readonly owners = new Map<string, { canonical: string; row: number }>();

  /** Records the row's spellings, or says which of them an earlier row gives another place (the row is then not recorded). */
  claim(entry: PlaceRow): TakenSpelling | undefined {
    if (entry.kind !== "location" || entry.relation !== "same") return undefined;
    const names: { field: "canonical" | "alias"; name: string }[] = [{ field: "canonical", name: entry.canonical }, ...(entry.alias ? [{ field: "alias" as const, name: entry.alias }] : [])];
    const keyOf = (name: string) => `${entry.country ?? ""}\u0000${fold(name.trim())}`;
    for (const { field, name } of names) {
      const owner = this.owners.get(keyOf(name));
      if (!owner || owner.canonical === entry.canonical) continue;
      const where = entry.country ? ` in ${entry.country}` : "";
      const what = fold(owner.canonical) === fold(name.trim()) ? `a place of its own${where}` : `a spelling of ${owner.canonical}${where}`;
      return { field, name, message: `"${name}" is already ${what} (row ${owner.row}); one spelling names one place, so this row is skipped.` };
    }
    for (const { name } of names) if (!this.owners.has(keyOf(name))) this.owners.set(keyOf(name), { canonical: entry.canonical, row: entry.row });
    return undefined;
  }
}
