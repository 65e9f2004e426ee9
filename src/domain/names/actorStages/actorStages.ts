import type { ActorStage } from "./actorStage";
import { acledCompoundStage } from "./acledCompound";
import { recognisedFormStage } from "./recognisedForm";
import { wholeNameStage } from "./wholeName";
import { denoisedNameStage } from "./denoisedName";
import { affiliationStage } from "./affiliation";
import { parentheticalStage } from "./parenthetical";
import { bracketedCountryStage } from "./bracketedCountry";
import { acledLabelStage } from "./acledLabelStage";
import { compoundNameStage } from "./compoundName";
import { genericDescriptionStage } from "./genericDescription";
import { nationalArmyStage } from "./nationalArmy";
import { descriptorWordsStage } from "./descriptorWords";
import { misspeltStateForceStage } from "./misspeltStateForce";
import { typoStage } from "./typo";
import { notInDictionaryStage } from "./notInDictionary";

/**
 * How an actor name is read, stage by stage: the first stage that answers gives the
 * resolution. ACLED's compounds come first (the period must not swallow a second actor as a
 * "unit"), then ACLED's own forms and the name as written, then the ways reports write
 * around a name, then typos; the last stage always answers. One line registers a stage.
 */
export const ACTOR_STAGES: readonly ActorStage[] = [
  acledCompoundStage,
  recognisedFormStage,
  wholeNameStage,
  denoisedNameStage,
  affiliationStage,
  parentheticalStage,
  bracketedCountryStage,
  acledLabelStage,
  compoundNameStage,
  genericDescriptionStage,
  nationalArmyStage,
  descriptorWordsStage,
  misspeltStateForceStage,
  typoStage,
  notInDictionaryStage,
];
