import { isGenericDescription } from "../genericDescriptions";
import { answer } from "../resolution";
import type { ActorStage } from "./actorStage";

/** Generic descriptions ("unidentified gunmen", "hommes armés", "bandits"; NAMING-POLICY actors §7): not actors, kept as written. */
export const genericDescriptionStage: ActorStage = {
  name: "generic descriptions",
  run: (name) => (isGenericDescription(name.base) ? answer(name.raw, "generic", null, [], `"${name.base}" is a generic description, not a named actor; kept as written.`) : undefined),
};
