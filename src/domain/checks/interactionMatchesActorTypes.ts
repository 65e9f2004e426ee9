import { ActorType, formatInteraction, Interaction, parseInteraction, sameInteraction } from "../vocabulary/actorTypes";
import { MonadicLayout } from "./monadicLayout";
import { RowCheck } from "./rowCheck";
import { CheckedRow, RowReport } from "./sheetCheck";

/** The interaction must name the two actor types (inter1, inter2), in either order. */
export const interactionMatchesActorTypes: RowCheck = (values, report) => {
  const written = values.interaction as string | undefined;
  const inter1 = values.inter1 as ActorType | undefined;
  const inter2 = values.inter2 as ActorType | undefined;
  if (!written || !inter1) return;
  const interaction = parseInteraction(written);
  if (!interaction) return;
  const expected = { first: inter1, second: inter2 ?? null };
  if (sameInteraction(interaction, expected)) return;
  const suggestion = formatInteraction(inter1, inter2 ?? null, interaction.style);
  report("interaction", "inconsistent", `The interaction ${written} does not match the actor types (${inter1}${inter2 ? `, ${inter2}` : ", no actor 2"}); it should be ${suggestion}.`, suggestion);
};

/**
 * The interaction check of a whole incident sheet, run once its rows are read: row by row
 * (`interactionMatchesActorTypes`) in an ordinary sheet; by event in a monadic one, where
 * the interaction is the event's pair of actor types and each row holds one actor.
 */
export function interactions(rows: readonly CheckedRow[], report: RowReport, monadic?: MonadicLayout): void {
  if (monadic) {
    monadicInteractions(rows, monadic, report);
    return;
  }
  for (const row of rows) rowInteraction(row, report);
}

/** The interaction check of one row of an ordinary sheet. */
export function rowInteraction(row: CheckedRow, report: RowReport): void {
  interactionMatchesActorTypes(row.values, (field, code, message, suggestion) => report(row, field, code, message, suggestion), NONE_UNREADABLE);
}

/** The interaction check reads no unreadable set; one empty set serves every row. */
const NONE_UNREADABLE: ReadonlySet<string> = new Set();

function typesOf(interaction: Interaction): string {
  return interaction.second === null ? `${interaction.first} only` : `${interaction.first} and ${interaction.second}`;
}

/**
 * In a monadic sheet a row's actor type must be one of the interaction's two; the two
 * rows of one event must together make it (27: one rebel group row, one civilians row);
 * and an event on one row has an interaction of one actor type (20), else its other
 * actor's row is missing.
 */
function monadicInteractions(rows: readonly CheckedRow[], monadic: MonadicLayout, report: RowReport): void {
  for (const row of rows) {
    const written = row.values.interaction as string | undefined;
    const inter1 = row.values.inter1 as ActorType | undefined;
    if (!written || !inter1) continue;
    const interaction = parseInteraction(written);
    if (!interaction) continue;
    const id = row.values.incident_id as string | undefined;
    const partner = monadic.partnerOf.get(row);
    const partnerType = partner?.values.inter1 as ActorType | undefined;
    const event = id ? `event ${id}` : "this event";
    if (interaction.first !== inter1 && interaction.second !== inter1) {
      const suggestion = partner ? (partnerType ? formatInteraction(inter1, partnerType, interaction.style) : undefined) : formatInteraction(inter1, null, interaction.style);
      const should = suggestion ? `; with the actor types as written it should be ${suggestion}` : "";
      report(row, "interaction", "inconsistent", `The interaction ${written} (${typesOf(interaction)}) does not include this row's actor type (${inter1}): in a monadic sheet each row is one of the event's actors${should}.`, suggestion);
      continue;
    }
    if (partner) {
      if (partner.row > row.row || !partnerType) continue; // the pair is checked at its second row
      const partnerWritten = partner.values.interaction as string | undefined;
      const partnerInteraction = partnerWritten === undefined ? undefined : parseInteraction(partnerWritten);
      if (partnerInteraction && !sameInteraction(interaction, partnerInteraction)) {
        report(row, "interaction", "inconsistent", `The interaction ${written} differs from ${partnerWritten} on row ${partner.row}, the other row of ${event}: the two rows of one event have one interaction.`);
        continue;
      }
      // The partner's own type is checked against its interaction on its row; the pair only once both fit it.
      if (partnerInteraction && partnerInteraction.first !== partnerType && partnerInteraction.second !== partnerType) continue;
      if (sameInteraction(interaction, { first: inter1, second: partnerType })) continue;
      const suggestion = formatInteraction(partnerType, inter1, interaction.style);
      report(row, "interaction", "inconsistent", `The two rows of ${event} (rows ${partner.row} and ${row.row}) have the actor types ${partnerType} and ${inter1}, which make ${suggestion}, not the interaction ${written} (${typesOf(interaction)}).`, suggestion);
      continue;
    }
    const alone = id !== undefined && (monadic.rowsOf.get(id)?.length ?? 0) === 1;
    if (alone && interaction.second !== null) {
      const suggestion = formatInteraction(inter1, null, interaction.style);
      report(row, "interaction", "inconsistent", `The interaction ${written} names two actor types (${typesOf(interaction)}), but ${event} has one row: the row of its other actor is missing, or the interaction should be ${suggestion}.`, suggestion);
    }
  }
}
