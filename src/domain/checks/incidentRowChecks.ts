import { coordinatesInPairs } from "./coordinatesInPairs";
import { disorderMatchesSubEvent } from "./disorderMatchesSubEvent";
import { distinctActors } from "./distinctActors";
import { interactionMatchesActorTypes } from "./interactionMatchesActorTypes";
import { RowCheck } from "./rowCheck";
import { subEventMatchesEventType } from "./subEventMatchesEventType";
import { yearMatchesDate } from "./yearMatchesDate";

/** The row checks of the incident sheet, in the order their findings are listed. */
export const INCIDENT_ROW_CHECKS: readonly RowCheck[] = [
  yearMatchesDate,
  disorderMatchesSubEvent,
  subEventMatchesEventType,
  distinctActors,
  interactionMatchesActorTypes,
  coordinatesInPairs,
];

/** The row checks of the weapon sheet. */
export const WEAPON_ROW_CHECKS: readonly RowCheck[] = [];
