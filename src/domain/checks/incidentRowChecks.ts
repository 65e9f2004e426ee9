import { coordinatesInCountry } from "./coordinatesInCountry";
import { coordinatesInPairs } from "./coordinatesInPairs";
import { disorderMatchesSubEvent } from "./disorderMatchesSubEvent";
import { sameActorOneType } from "./sameActorOneType";
import { RowCheck } from "./rowCheck";
import { subEventMatchesEventType } from "./subEventMatchesEventType";
import { yearMatchesDate } from "./yearMatchesDate";

/**
 * The row checks of the incident sheet, in the order their findings are listed. The
 * interaction is checked once the whole sheet is read (`interactions`, in
 * `IncidentSheetChecks`): in a monadic sheet it depends on the event's other row.
 */
export const INCIDENT_ROW_CHECKS: readonly RowCheck[] = [
  yearMatchesDate,
  disorderMatchesSubEvent,
  subEventMatchesEventType,
  sameActorOneType,
  coordinatesInPairs,
  coordinatesInCountry,
];

/** The row checks of the weapon sheet. */
export const WEAPON_ROW_CHECKS: readonly RowCheck[] = [];
