import { fold } from "../text/fold";
import { RowCheck } from "./rowCheck";

/**
 * Actor 1 may equal actor 2: ACLED codes a clash inside one actor with the same name on
 * both sides ("Al Shabaab" against "Al Shabaab", "Rioters (Kenya)" against "Rioters
 * (Kenya)"). One actor has one type, though: the same actor on both sides with two
 * different types (inter1 ≠ inter2) is a contradiction.
 */
export const sameActorOneType: RowCheck = (values, report, unreadable) => {
  const actor1 = values.actor1 as string | undefined;
  const actor2 = values.actor2 as string | undefined;
  const inter1 = values.inter1 as string | undefined;
  const inter2 = values.inter2 as string | undefined;
  if (!actor1 || !actor2 || !inter1 || !inter2 || unreadable.has("inter2") || fold(actor1) !== fold(actor2) || inter1 === inter2) return;
  report("inter2", "inconsistent", `Actor 1 and actor 2 are the same actor ("${actor1}"), as ACLED codes a clash inside one actor, but their types differ (${inter1}, ${inter2}): one actor has one type.`);
};
