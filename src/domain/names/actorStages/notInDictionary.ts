import { answer } from "../resolution";
import type { ActorStage } from "./actorStage";

/** The last stage, which always answers: not in the dictionary and not close enough to a known name to guess; names sharing its first words are suggested. */
export const notInDictionaryStage: ActorStage = {
  name: "not in the dictionary",
  run: (name, core) => {
    const unknown = answer(name.raw, "unknown", null, core.index.sharingPrefix(name.denoised || name.base), `"${name.base}" is not in the dictionary and is not close enough to a known name to guess.`);
    unknown.notInDictionary = true;
    return unknown;
  },
};
