import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { coordinatesInCountry, MARGIN_KM } from "../../../src/domain/checks/coordinatesInCountry";
import { findCountry } from "../../../src/domain/vocabulary/countries";

interface Finding {
  field: string;
  code: string;
  message: string;
  suggestion?: string;
}

function run(values: Record<string, unknown>, unreadable: string[] = []): Finding[] {
  const findings: Finding[] = [];
  coordinatesInCountry(values, (field, code, message, suggestion) => findings.push({ field, code, message, ...(suggestion === undefined ? {} : { suggestion }) }), new Set(unreadable));
  return findings;
}

/** A row's values as the sheet check gives them: the country as its canonical name. */
const row = (country: string, latitude: unknown, longitude: unknown) => ({ country: findCountry(country)?.name ?? country, latitude, longitude });

interface Case {
  why: string;
  values: Record<string, unknown>;
  unreadable?: string[];
  /** Words the message must hold; null: no finding. */
  finding: RegExp | null;
}

const CASES: Case[] = [
  // Inside.
  { why: "Ouagadougou in Burkina Faso", values: row("Burkina Faso", 12.3714, -1.5197), finding: null },
  { why: "Niamey in Niger", values: row("Niger", 13.5116, 2.1254), finding: null },
  // Borders: the Burkina Faso–Niger border crosses 14° N at about 0.417° E in country-coder's data.
  { why: "5 km into Niger from Burkina Faso's border: within the margin", values: row("Burkina Faso", 14.0, 0.463), finding: null },
  { why: "40 km into Niger (32 km from the border, which runs south-east): outside", values: row("Burkina Faso", 14.0, 0.79), finding: /is in Niger, more than 15 km from Burkina Faso\. Check the coordinates and the country\./ },
  { why: "Niamey coded Burkina Faso", values: row("Burkina Faso", 13.5116, 2.1254), finding: /in Niger/ },
  // Coasts: country-coder's polygons end about 28 km off Cotonou; beyond that no feature holds the point.
  { why: "at sea off Benin, in no feature but within the margin of Benin's polygon", values: row("Benin", 6.05, 2.4), finding: null },
  { why: "at sea 65 km beyond the polygon", values: row("Benin", 5.5, 2.4), finding: /is at sea, more than 15 km from Benin/ },
  { why: "a point inside the polygon's band of sea off Dakar", values: row("Senegal", 14.7, -17.6), finding: null },
  // Swapped latitude and longitude.
  { why: "Ouagadougou swapped lands in Gabon", values: row("Burkina Faso", -1.5197, 12.3714), finding: /is in Gabon, more than 15 km from Burkina Faso\. With latitude and longitude swapped \(12\.3714, -1\.5197\) it is inside Burkina Faso/ },
  { why: "a longitude beyond ±90 cannot be a latitude: no swap offered", values: row("Fiji", 17.8, 178.0), finding: /Check the coordinates and the country/ },
  // Territories and dependencies.
  { why: "St Peter Port in Bailiwick of Guernsey", values: row("Bailiwick of Guernsey", 49.455, -2.536), finding: null },
  { why: "St Peter Port coded United Kingdom: Guernsey is in the UK's group", values: row("United Kingdom", 49.455, -2.536), finding: null },
  { why: "London coded Bailiwick of Guernsey", values: row("Bailiwick of Guernsey", 51.507, -0.128), finding: /is in United Kingdom, more than 15 km from Bailiwick of Guernsey/ },
  { why: "St Helier in Bailiwick of Jersey", values: row("Jersey", 49.186, -2.106), finding: null },
  { why: "Douglas in Isle of Man", values: row("Isle of Man", 54.15, -4.48), finding: null },
  { why: "San Juan in Puerto Rico", values: row("Puerto Rico", 18.466, -66.106), finding: null },
  { why: "San Juan coded United States", values: row("United States", 18.466, -66.106), finding: null },
  { why: "Hagåtña in Guam", values: row("Guam", 13.476, 144.75), finding: null },
  { why: "Nuuk in Greenland", values: row("Greenland", 64.18, -51.72), finding: null },
  { why: "Kralendijk in Caribbean Netherlands", values: row("Caribbean Netherlands", 12.15, -68.27), finding: null },
  { why: "Willemstad coded Caribbean Netherlands (Bonaire is 70 km east)", values: row("Caribbean Netherlands", 12.11, -68.93), finding: /is in Curacao/ },
  { why: "Pristina in Kosovo", values: row("Kosovo", 42.66, 21.16), finding: null },
  { why: "Gaza in Palestine", values: row("Palestine", 31.5, 34.45), finding: null },
  { why: "Hong Kong coded China", values: row("China", 22.3, 114.17), finding: null },
  // Disputed areas: country-coder codes the de facto controller.
  { why: "Simferopol coded Ukraine (country-coder: Russia)", values: row("Ukraine", 44.95, 34.1), finding: null },
  { why: "Simferopol coded Russia", values: row("Russia", 44.95, 34.1), finding: null },
  { why: "Kyrenia coded Cyprus (country-coder: Northern Cyprus)", values: row("Cyprus", 35.34, 33.32), finding: null },
  { why: "Laayoune coded Morocco", values: row("Morocco", 27.15, -13.2), finding: null },
  { why: "Laayoune coded Western Sahara (country-coder: Morocco)", values: row("Western Sahara", 27.15, -13.2), finding: null },
  { why: "Tifariti coded Morocco (country-coder: Western Sahara)", values: row("Morocco", 26.16, -10.57), finding: null },
  { why: "Rabat coded Western Sahara", values: row("Western Sahara", 34.02, -6.84), finding: /is in Morocco/ },
  // The antimeridian: Fiji lies on both sides of it.
  { why: "Taveuni, east of 180°", values: row("Fiji", -16.8, -179.95), finding: null },
  { why: "Viti Levu, west of 180°", values: row("Fiji", -17.8, 178.0), finding: null },
  // Tonga's polygon ends at 180° at 23.5° S; nothing lies west of it there.
  { why: "5 km west of 180°, beside Tonga's polygon east of it: the margin wraps", values: row("Tonga", -23.5, 179.95), finding: null },
  { why: "100 km west of 180°, beside Tonga: outside", values: row("Tonga", -23.5, 179.0), finding: /is at sea, more than 15 km from Tonga/ },
  // Nothing to check: other checks own these.
  { why: "0, 0", values: row("Burkina Faso", 0, 0), finding: null },
  { why: "no longitude", values: row("Burkina Faso", 12.37, undefined), finding: null },
  { why: "no coordinates", values: row("Burkina Faso", undefined, undefined), finding: null },
  { why: "an unreadable latitude", values: row("Burkina Faso", undefined, 2.1), unreadable: ["latitude"], finding: null },
  { why: "an unreadable country", values: { country: undefined, latitude: 13.5116, longitude: 2.1254 }, unreadable: ["country"], finding: null },
  { why: "no country", values: { country: undefined, latitude: 13.5116, longitude: 2.1254 }, finding: null },
  { why: "a former country the package does not know (no ISO code)", values: { country: "Yugoslavia", latitude: 13.5116, longitude: 2.1254 }, finding: null },
  { why: "a name that is no country", values: { country: "Atlantis", latitude: 13.5116, longitude: 2.1254 }, finding: null },
];

describe.each(CASES)("$why", ({ values, unreadable, finding }) => {
  test(finding ? "is outside its country" : "gives no finding", () => {
    const findings = run(values, unreadable);
    if (finding === null) {
      expect(findings).toEqual([]);
    } else {
      expect(findings).toEqual([{ field: "latitude", code: "outside-country", message: expect.stringMatching(finding) }]);
    }
  });
});

test("a swap is pointed out in words, never as a one-click value (it takes both cells)", () => {
  const [finding] = run(row("Mali", -4.0, 17.0));
  expect(finding.message).toMatch(/swap them in both cells/);
  expect(finding.suggestion).toBeUndefined();
});

test("the margin is what the messages say", () => {
  expect(MARGIN_KM).toBe(15);
});

test("the same row twice gives the same finding (memoised)", () => {
  expect(run(row("Burkina Faso", 13.5116, 2.1254))).toEqual(run(row("Burkina Faso", 13.5116, 2.1254)));
});

/**
 * ACLED's own rows: ACLED places events carefully, so nearly every row must be in its
 * country. The files are read from ../shared (ACLED's terms: never copied into the project).
 */
const REAL = join(__dirname, "../../..", "../shared/real-acled");
const realFiles = existsSync(REAL) ? readdirSync(REAL).filter((name) => name.endsWith(".csv")) : [];
if (realFiles.length === 0) {
  console.warn(`SKIPPED: the real ACLED exports are not at ${REAL}; the outside-country check was not run on real rows.`);
}
const realTest = realFiles.length > 0 ? test : test.skip;

realTest("ACLED's real rows: few findings, each an edge case a person should look at", () => {
  const counts: Record<string, number> = {};
  const found: { file: string; country: string; message: string }[] = [];
  let rows = 0;
  let milliseconds = 0;
  for (const file of realFiles) {
    const records = parse(readFileSync(join(REAL, file)), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
    counts[file] = 0;
    for (const record of records) {
      rows++;
      const latitude = record.latitude === "" || record.latitude === "NA" ? undefined : Number(record.latitude);
      const longitude = record.longitude === "" || record.longitude === "NA" ? undefined : Number(record.longitude);
      const country = findCountry(record.country)?.name;
      const started = performance.now();
      const findings = run({ country, latitude, longitude }, country === undefined ? ["country"] : []);
      milliseconds += performance.now() - started;
      for (const finding of findings) {
        counts[file]++;
        found.push({ file, country: country!, message: finding.message });
      }
    }
  }
  console.log(`outside-country on ${rows.toLocaleString("en")} real rows: ${JSON.stringify(counts)}; ${Math.round(rows / (milliseconds / 1000)).toLocaleString("en")} rows/s (the check alone, first run, memo cold)`);
  // Benin (twice), Burkina Faso and Mali (four files, 8,090 rows, many in border areas): none.
  for (const file of realFiles.filter((name) => !name.startsWith("acledR_global"))) expect([file, counts[file]]).toEqual([file, 0]);
  // The global file (9,000 rows, 169 countries) has 3 today, each an edge case:
  // - one North Korean missile test ACLED places where the missile came down, at sea far
  //   off the coast (ACLED codes such events at sea);
  // - two events in the Abyei Area, disputed between Sudan and South Sudan, that ACLED codes
  //   Sudan and country-coder places in South Sudan.
  // Crimea (coded Ukraine), Northern Cyprus (coded Cyprus) and the part of Western Sahara east
  // of the berm (coded Morocco) gave three more before the disputed areas were handled.
  const global = found.filter((f) => f.file.startsWith("acledR_global"));
  expect(global.length).toBeLessThanOrEqual(5);
  for (const finding of global) {
    const atSea = / is at sea, /.test(finding.message);
    const abyei = finding.country === "Sudan" && / is in South Sudan, /.test(finding.message);
    expect([finding.message, atSea || abyei]).toEqual([finding.message, true]);
  }
});
