import { EVENT_TYPE_OF_SUB_EVENT, SUB_EVENTS_OF_EVENT } from "../vocabulary/eventTypes";
import { RowCheck } from "./rowCheck";

/** The sub-event type must be one of its event type's (ACLED codebook). */
export const subEventMatchesEventType: RowCheck = (values, report) => {
  const eventType = values.event_type as string | undefined;
  const subEventType = values.sub_event_type as string | undefined;
  if (!eventType || !subEventType) return;
  const allowed = SUB_EVENTS_OF_EVENT.get(eventType);
  const owner = EVENT_TYPE_OF_SUB_EVENT.get(subEventType);
  if (!allowed || !owner || allowed.has(subEventType)) return;
  report("sub_event_type", "inconsistent", `"${subEventType}" is a sub-event type of ${owner}, not of ${eventType}; one of the two is wrong.`);
};
