import { ActorType, formatInteraction, parseInteraction, sameInteraction } from "../vocabulary/actorTypes";
import { RowCheck } from "./rowCheck";

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
