import { featuresContaining } from "@rapideditor/country-coder";
import { findCountry } from "../vocabulary/countries";
import { RowCheck } from "./rowCheck";

/**
 * The point lies in the row's country: a row whose latitude and longitude fall outside its
 * country gets an `outside-country` warning on the latitude cell (the first of the pair, as
 * the other coordinate checks report; the finding is about the point, and its message names
 * both values).
 *
 * Borders are @rapideditor/country-coder's (offline, ISO 3166-1 codes, territories as well as
 * countries). A point counts as in the country when any feature within the margin belongs to
 * it: country-coder lists, for each feature, its territory, country and the groups above them,
 * so a point in Guernsey is in "Bailiwick of Guernsey" (GG) and in the United Kingdom (GB), a
 * point in San Juan in Puerto Rico and in the United States, one on Bonaire in Caribbean
 * Netherlands and the Netherlands; a point in England is not in Guernsey.
 *
 * The margin is 15 km: every feature touching the square of 15 km either side of the point
 * (one bbox query, the polygons themselves tested against the square) counts, so a country
 * closer than 15 km never warns. country-coder's land borders are generalised; on ACLED's
 * own rows, border towns (Mali–Niger, Mali–Senegal, Burkina Faso–Niger) fall up to 10 km
 * on the wrong side of them (of the 7,279 rows of the Benin, Burkina Faso and Mali files, a
 * 5 km margin flags 8, 10 km none), and 15 km leaves room for that. Its polygons reach some
 * way out to sea (28 km off Cotonou, 80 km off Dakar), so a point off a coast that no
 * feature holds is still within the margin of the coast's country; points farther out are
 * reported as at sea. The square's corners reach 21 km; the message says "more than 15 km", which holds
 * everywhere.
 *
 * Disputed areas: country-coder codes the de facto controller, ACLED (and a curator
 * following it) sometimes another. These count for both: Crimea (coded RU; ACLED files it
 * under Ukraine), Northern Cyprus (no ISO code; ACLED files it under Cyprus), and Western
 * Sahara (country-coder codes the part west of the berm MA and the rest EH; ACLED has no
 * Western Sahara and files it under Morocco, ISO names it EH): a point coded MA south of
 * 27°40′ N, the Morocco–Western Sahara boundary, is in both, as is one coded EH. Other
 * disputed areas (Abyei, Bir Tawil) are not special-cased: a finding there is a real edge
 * case for a person to look at.
 *
 * Where swapping the two values puts the point inside the country (strictly, no margin),
 * the message says so. The `suggestion` stays empty: it is one value for the reported cell,
 * and writing the longitude into the latitude cell without writing the latitude into the
 * longitude cell would corrupt the row; the swap is for a person to make, in both cells.
 *
 * No finding for: a missing or unreadable latitude, longitude or country (other checks own
 * them), the point 0, 0 (a placeholder, not a place), a country the package does not know
 * (former states; names without an ISO code).
 *
 * Cost: country-coder's point and box queries take 5–35 µs on the Sahel's detailed polygons,
 * too slow to repeat for every row of a 100,000-row sheet. So the world is cut into cells of
 * 0.1° (11 km or less a side, so a cell lies inside the 15 km square of any point in it), and
 * each cell remembers the features found at the points of it seen so far: every one of them
 * touches the cell, so a later row whose country is among them is within the margin and
 * costs one map lookup. A row whose country is not among them takes one point query (its
 * features join the cell's); only rows the point query does not settle (near a border, at
 * sea, misplaced) take the full test, memoised by (country, latitude, longitude).
 */
export const coordinatesInCountry: RowCheck = (values, report, unreadable) => {
  if (unreadable.has("latitude") || unreadable.has("longitude") || unreadable.has("country")) return;
  const { latitude, longitude, country } = values;
  if (typeof latitude !== "number" || typeof longitude !== "number" || typeof country !== "string") return;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return;
  if (latitude === 0 && longitude === 0) return;
  const message = outsideCountryMessage(country, latitude, longitude);
  if (message) report("latitude", "outside-country", message);
};

/** The margin, in km, within which a point still counts as in its country. */
export const MARGIN_KM = 15;

/** The Morocco–Western Sahara boundary, 27°40′ N. */
const WESTERN_SAHARA_NORTH = 27 + 40 / 60;

/** country-coder features whose area also counts as another country (see the doc comment). */
const ALSO_IN: Readonly<Record<string, readonly string[]>> = {
  Q7835: ["UA"], // Crimea
  Q23681: ["CY"], // Northern Cyprus
  EH: ["MA"], // Western Sahara east of the berm
};

type Query = [number, number] | [number, number, number, number];

/** The properties of a country-coder feature that this check reads (its types reach GeoJSON's, not installed here). */
interface Region {
  id: string;
  iso1A2?: string;
  nameEn: string;
}

/** The features at a point or touching a box, smallest first, then the groups they belong to. */
const regionsAt = (query: Query | string): Region[] => featuresContaining(query).map((feature) => feature.properties as Region);

/** The ids of the features at a point or touching a box ([west, south, east, north]), with the areas that also count. */
function idsAt(query: Query, into: Set<string>): Set<string> {
  for (const { id } of regionsAt(query)) {
    into.add(id);
    for (const also of ALSO_IN[id] ?? []) into.add(also);
  }
  // query[1] is the point's latitude, or the box's southern edge.
  if (into.has("MA") && query[1] < WESTERN_SAHARA_NORTH) into.add("EH");
  return into;
}

const KM_PER_DEGREE = 111.32;

/** The features within the margin of a point: one box, or two where it crosses the antimeridian. */
function idsNear(latitude: number, longitude: number): Set<string> {
  const dLat = MARGIN_KM / KM_PER_DEGREE;
  const dLon = Math.min(180, MARGIN_KM / (KM_PER_DEGREE * Math.max(Math.cos((latitude * Math.PI) / 180), 0.01)));
  const south = Math.max(-90, latitude - dLat);
  const north = Math.min(90, latitude + dLat);
  const west = longitude - dLon;
  const east = longitude + dLon;
  const ids = new Set<string>();
  if (west < -180) idsAt([west + 360, south, 180, north], ids);
  if (east > 180) idsAt([-180, south, east - 360, north], ids);
  return idsAt([Math.max(-180, west), south, Math.min(180, east), north], ids);
}

/** The name of the place a point is in, for the message: the smallest feature with an ISO code, in the project's spelling. */
function placeName(latitude: number, longitude: number): string | undefined {
  const regions = regionsAt([longitude, latitude]);
  if (regions.length === 0) return undefined;
  const coded = regions.find((region) => region.iso1A2);
  if (!coded) return regions[0].nameEn;
  return findCountry(coded.iso1A2!)?.name ?? coded.nameEn;
}

/** country-coder's id for each canonical country name (null: unknown to the package or without a code). */
const targets = new Map<string, string | null>();

function targetOf(country: string): string | null {
  const known = targets.get(country);
  if (known !== undefined) return known;
  const alpha2 = findCountry(country)?.alpha2;
  // A code (or name) given to featuresContaining yields that feature first.
  const target = alpha2 ? (regionsAt(alpha2)[0]?.id ?? null) : null;
  targets.set(country, target);
  return target;
}

/** Degrees per side of the cells: at most the margin in degrees of latitude (0.135°), so that a cell lies inside the square of each of its points. */
const CELL_DEGREES = 0.1;
const CELL_COLUMNS = Math.ceil(360 / CELL_DEGREES) + 1;

const MEMO_LIMIT = 100_000;
/** Ids of features known to touch each cell (found at points of it), by cell number. */
const cells = new Map<number, Set<string>>();
const memo = new Map<string, string | null>();

/** The ids known to touch the cell a point lies in (a set that grows). */
function cellOf(latitude: number, longitude: number): Set<string> {
  const key = Math.floor((latitude + 90) / CELL_DEGREES) * CELL_COLUMNS + Math.floor((longitude + 180) / CELL_DEGREES);
  let ids = cells.get(key);
  if (ids === undefined) {
    if (cells.size >= MEMO_LIMIT) cells.clear();
    ids = new Set();
    cells.set(key, ids);
  }
  return ids;
}

/**
 * The message of the finding for a point and its country, or null where the point is in the
 * country (within the margin) or the country cannot be checked. Memoised.
 */
export function outsideCountryMessage(country: string, latitude: number, longitude: number): string | null {
  const target = targetOf(country);
  if (target === null) return null;
  const cell = cellOf(latitude, longitude);
  if (cell.has(target)) return null;
  const key = `${country}\u0000${latitude}\u0000${longitude}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  // The features at the point touch its cell.
  if (idsAt([longitude, latitude], cell).has(target)) return null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const message = computeMessage(target, country, latitude, longitude);
  memo.set(key, message);
  return message;
}

/** The full test, for a point whose cell the country does not touch. */
function computeMessage(target: string, country: string, latitude: number, longitude: number): string | null {
  if (idsNear(latitude, longitude).has(target)) return null;
  const place = placeName(latitude, longitude);
  const where = place === undefined ? "at sea" : `in ${place}`;
  let message = `The point ${latitude}, ${longitude} is ${where}, more than ${MARGIN_KM} km from ${country}.`;
  // Swapped, the longitude becomes the latitude: only possible where it is within ±90.
  if (Math.abs(longitude) <= 90 && latitude !== longitude && idsAt([latitude, longitude], new Set()).has(target)) {
    message += ` With latitude and longitude swapped (${longitude}, ${latitude}) it is inside ${country}: the two values look entered the wrong way round; swap them in both cells.`;
  } else {
    message += " Check the coordinates and the country.";
  }
  return message;
}
