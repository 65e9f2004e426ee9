import { RowCheck } from "./rowCheck";

/** Latitude and longitude come together or not at all. */
export const coordinatesInPairs: RowCheck = (values, report, unreadable) => {
  const hasLatitude = values.latitude !== undefined || unreadable.has("latitude");
  const hasLongitude = values.longitude !== undefined || unreadable.has("longitude");
  if (hasLatitude === hasLongitude) return;
  const [present, missing] = hasLatitude ? ["latitude", "longitude"] : ["longitude", "latitude"];
  report(present, "inconsistent", `The ${present} is given without a ${missing}; give both coordinates or neither.`);
};
