import { answer } from "../resolution";
import type { ActorStage } from "./actorStage";

/**
 * The last stage, which always answers: not in the dictionary and not close enough to a
 * known name to guess; names sharing its first words are suggested. A part of a cell read by
 * another stage gets none: the stages read only that a part is not in the dictionary (and
 * leave the cell to the stages after them), never its suggestions.
 */
export const notInDictionaryStage: ActorStage = {
  name: "not in the dictionary",
  run: (name, core) => {
    const suggestions = core.readingPart ? [] : core.index.sharingPrefix(name.denoised || name.base);
    const unknown = answer(name.raw, "unknown", null, suggestions, `"${name.base}" is not in the dictionary and is not close enough to a known name to guess.`);
    unknown.notInDictionary = true;
    return unknown;
  },
};
