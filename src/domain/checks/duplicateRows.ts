import { fold } from "../text/fold";
import { MonadicLayout } from "./monadicLayout";
import { CheckedRow, RowReport } from "./sheetCheck";

/**
 * How alike two notes must be, as the share of their words they have in common (token-set
 * Jaccard, after folding case, accents and punctuation), to count as one description. A
 * copy edited by hand (a word added, a typo or the punctuation fixed) keeps well above 0.8.
 * On the real ACLED exports beside the project, two different events on one day in one
 * town between the same actors reach 0.75 (two protests at the Hyderabad press club, only
 * their cause different) when their notes are written from one template; the notes of the
 * two true repeats in the Mali export reach 0.95 and 1.
 */
export const NOTES_SIMILARITY = 0.8;

/**
 * The same event recorded twice: under two different incident IDs, the same date, country,
 * location, pair of actors (in either order), event type and sub-event type, and notes
 * that agree (`notesAgree`). In a monadic sheet (`monadic`) the actors of an event are the
 * actor 1s of its two rows, and an event is reported once, at its first row.
 */
export function duplicateRows(rows: readonly CheckedRow[], report: RowReport, monadic?: MonadicLayout): void {
  const seen = new Map<string, CheckedRow[]>();
  for (const row of rows) {
    const { event_date: date, location, actor1, country, event_type: eventType, sub_event_type: subEventType, incident_id: id } = row.values as Record<string, string | undefined>;
    if (!date || !location || !actor1 || !id) continue;
    const partner = monadic?.partnerOf.get(row);
    if (partner && partner.row < row.row) continue; // the event's second row: its actors are counted at its first
    const actors = [fold(actor1)];
    const other = monadic ? (partner?.values.actor1 as string | undefined) : (row.values.actor2 as string | undefined);
    actors.push(other ? fold(other) : "");
    actors.sort();
    const key = [date, country ?? "", fold(location), fold(eventType ?? ""), fold(subEventType ?? ""), ...actors].join("\u0000");
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, [row]);
      continue;
    }
    earlier.push(row);
    const notes = row.values.notes as string | undefined;
    // The same ID twice is a duplicate-id (or, in a monadic sheet, the event's two rows).
    const first = earlier.find((candidate) => candidate !== row && candidate.values.incident_id !== id && notesAgree(candidate.values.notes as string | undefined, notes));
    if (!first) continue;
    const onlyOne = !notes !== !first.values.notes ? " (only one of the two has notes)" : "";
    report(row, "incident_id", "duplicate-row", `Same date, location, actors, event type and sub-event type as row ${first.row} (${String(first.values.incident_id)}), with notes that agree${onlyOne}: possibly the same event recorded twice.`);
  }
}

/** The words of a note, folded: case, accents and punctuation set aside. */
function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The names a note gives: capitalised words other than a sentence's first ("Salibi",
 * "Khaneh", "Darsalam"), folded.
 */
function names(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/(^|[.!?]\s+|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}'’-]*)/gu)) {
    if (match.index === 0 || /[.!?]\s+$/.test(match[1])) continue;
    for (const word of words(match[2])) found.add(word);
  }
  return found;
}

/**
 * ACLED's words for one report coded as several events ("… (coded separately)", "Unknown
 * fatalities coded as 10 and split across 6 events", "split between 2 events").
 */
const SPLIT_EVENT = /\bcoded separately\b|\bsplit (?:between|across|among|over|into)\b/i;

/**
 * Whether two rows' notes describe the same event. Both empty agree; one empty and one
 * filled agree too (a row entered twice, once without its notes, is still one event; the
 * finding says so). Filled notes agree when they share at least `NOTES_SIMILARITY` of their
 * words, except where ACLED split one report into events with near-identical notes:
 * - each note names someone or somewhere the other does not ("… the Dogon village of
 *   Darsalam" / "… of Mande-Kanda", "… PKK positions in the Gire Mamrez area" / "… in the
 *   Kokere area");
 * - the notes differ and one says the report was split ("Turkish forces shelled rockets at
 *   Salibi village …" / "… at Khaneh village …", each "… split across 6 events"). Notes
 *   that are the same word for word agree even then: that is a row copied.
 */
export function notesAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const listA = words(a);
  const listB = words(b);
  const wordsA = new Set(listA);
  const wordsB = new Set(listB);
  if (wordsA.size === 0 || wordsB.size === 0) return wordsA.size === wordsB.size;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  if (shared / (wordsA.size + wordsB.size - shared) < NOTES_SIMILARITY) return false;
  const onlyA = [...names(a)].some((name) => !wordsB.has(name));
  const onlyB = [...names(b)].some((name) => !wordsA.has(name));
  if (onlyA && onlyB) return false;
  const same = listA.length === listB.length && listA.every((word, i) => word === listB[i]);
  return same || !(SPLIT_EVENT.test(a) || SPLIT_EVENT.test(b));
}
