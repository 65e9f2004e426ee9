import { DISORDER_OF_SUB_EVENT } from "../vocabulary/eventTypes";
import { RowCheck } from "./rowCheck";

/** The disorder type, where given, must be one its sub-event type is counted under. */
export const disorderMatchesSubEvent: RowCheck = (values, report) => {
  const disorder = values.disorder_type as string | undefined;
  const subEventType = values.sub_event_type as string | undefined;
  if (!disorder || !subEventType) return;
  const allowed = DISORDER_OF_SUB_EVENT.get(subEventType);
  if (!allowed || allowed.includes(disorder)) return;
  report("disorder_type", "inconsistent", `"${subEventType}" events are counted as ${allowed.join(" or ")}, not ${disorder}.`, allowed.length === 1 ? allowed[0] : undefined);
};
