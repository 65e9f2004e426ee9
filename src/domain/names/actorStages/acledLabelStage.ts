import { acledLabel } from "../acledLabels";
import { answer } from "../resolution";
import type { ActorStage } from "./actorStage";

/** ACLED's labels for kinds of actors ("Civilians (Mali)", "Fulani Ethnic Militia (Nigeria)"): generic, kept as written. */
export const acledLabelStage: ActorStage = {
  name: "ACLED's labels",
  run: (name) => {
    const label = acledLabel(name.text);
    return label ? answer(name.raw, "generic", null, [], `"${name.text}" is ACLED's label for ${label.family}, not a named actor; kept as written.`) : undefined;
  },
};
