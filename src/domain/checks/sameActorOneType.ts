import { fold } from "../text/fold";
import { RowCheck } from "./rowCheck";

/** An actor does not fight itself: actor 2 must differ from actor 1. */
export const distinctActors: RowCheck = (values, report) => {
  const actor1 = values.actor1 as string | undefined;
  const actor2 = values.actor2 as string | undefined;
  if (!actor1 || !actor2 || fold(actor1) !== fold(actor2)) return;
  report("actor2", "inconsistent", `Actor 2 is the same as actor 1 ("${actor1}"); an event between an actor and itself is a recording error.`);
};
