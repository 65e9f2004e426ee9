import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { ACTOR_TYPES, formatInteraction, parseActorType, parseInteraction } from "../../../src/domain/vocabulary/actorTypes";
import { COUNTRIES, findCountry } from "../../../src/domain/vocabulary/countries";
import { DISORDER_OF_SUB_EVENT, EVENT_TYPE_OF_SUB_EVENT, EVENT_TYPES, SUB_EVENT_TYPES } from "../../../src/domain/vocabulary/eventTypes";
import { findWeaponCategory } from "../../../src/domain/vocabulary/weaponCategories";

/** The reference tables beside the project (shared/reference), which the vocabularies are written from. */
const REFERENCE = join(__dirname, "..", "..", "..", "..", "shared", "reference");
const reference = (file: string): Record<string, string>[] => parse(readFileSync(join(REFERENCE, file), "utf8"), { columns: true });

describe("event types", () => {
  test("are the reference's 6 event types and 25 sub-event types, each under its own event type", () => {
    const rows = reference("event-types.csv");
    expect(EVENT_TYPES).toHaveLength(6);
    expect(SUB_EVENT_TYPES).toHaveLength(25);
    for (const row of rows) {
      expect(EVENT_TYPE_OF_SUB_EVENT.get(row.sub_event_type)).toBe(row.event_type);
      // Each disorder type the reference gives, and ACLED's joined value where it gives two.
      const parts = row.disorder_type.split(";").map((s) => s.trim());
      const expected = parts.length > 1 ? [...parts, parts.join("; ")] : parts;
      expect([...DISORDER_OF_SUB_EVENT.get(row.sub_event_type)!].sort()).toEqual(expected.sort());
    }
    expect(new Set(rows.map((r) => r.sub_event_type)).size).toBe(25);
  });
});

describe("actor types", () => {
  test("follow the reference's legacy inter codes", () => {
    for (const row of reference("actor-types.csv")) {
      expect(ACTOR_TYPES[Number(row.inter_code) - 1]).toBe(row.actor_type);
      expect(parseActorType(Number(row.inter_code))).toBe(row.actor_type);
    }
  });

  test.each([
    ["13", "State forces", "Political militia", "code"],
    [17, "State forces", "Civilians", "code"],
    ["10", "State forces", null, "code"],
    ["Rebel group-Civilians", "Rebel group", "Civilians", "text"],
    ["Protesters only", "Protesters", null, "text"],
    ["External/Other forces-Civilians", "External/Other forces", "Civilians", "text"],
  ])("parseInteraction(%p)", (written, first, second, style) => {
    expect(parseInteraction(written)).toEqual({ first, second, style });
  });

  test.each(["19", "1", "State forces vs Rebels", "Rebel group-", "123"])("parseInteraction(%p) refuses", (written) => {
    expect(parseInteraction(written)).toBeUndefined();
  });

  test("formatInteraction puts the lower code first", () => {
    expect(formatInteraction("Civilians", "State forces", "code")).toBe("17");
    expect(formatInteraction("Civilians", "State forces", "text")).toBe("State forces-Civilians");
    expect(formatInteraction("Rioters", null, "text")).toBe("Rioters only");
  });
});

describe("countries", () => {
  test("every country named in the reference actors is known by its ACLED name", () => {
    const names = new Set<string>();
    for (const row of reference("actors.csv")) {
      for (const part of row.countries.replace(/\([^)]*\)/g, "").split(/;|,/)) {
        const name = part.trim();
        if (/^[A-Z]/.test(name)) names.add(name);
      }
    }
    expect(names.size).toBeGreaterThan(25);
    for (const name of names) expect([name, findCountry(name)?.name]).toEqual([name, name]);
  });

  test.each([
    ["BF", "Burkina Faso"],
    ["BFA", "Burkina Faso"],
    ["ml", "Mali"],
    ["NER", "Niger"],
    ["NGA", "Nigeria"],
    ["COD", "Democratic Republic of Congo"],
    ["Congo-Brazzaville", "Republic of Congo"],
    ["Syrian Arab Republic", "Syria"],
    ["Türkiye", "Turkey"],
    ["the Gambia", "Gambia"],
    ["CAR", "Central African Republic"],
    ["Tchad", "Chad"],
    ["Soviet Union", "USSR"],
    ["SFRY", "Yugoslavia"],
  ])("%p → %p", (written, name) => {
    expect(findCountry(written)?.name).toBe(name);
  });

  test("Niger and Nigeria stay apart, and unknown names are refused", () => {
    expect(findCountry("Niger")?.alpha3).toBe("NER");
    expect(findCountry("Nigeria")?.alpha3).toBe("NGA");
    expect(findCountry("Nigerien")).toBeUndefined();
    expect(findCountry("Atlantis")).toBeUndefined();
  });

  test("covers ISO 3166-1 (249 current countries, each with a unique name)", () => {
    const current = COUNTRIES.filter((c) => !c.former);
    expect(current.length).toBeGreaterThanOrEqual(249);
    expect(new Set(current.map((c) => c.name)).size).toBe(current.length);
  });
});

describe("weapon categories", () => {
  test.each([
    ["assault rifles", "assault rifle"],
    ["RPG launcher", "rocket launcher"],
    ["Mortar bombs", "mortar bomb"],
    ["IED", "improvised explosive device"],
    ["revolver", "revolver"],
    ["shotgun", "shotgun"],
  ])("%p → %p", (written, category) => {
    expect(findWeaponCategory(written)).toBe(category);
  });

  test("every base category of the reference weapons is in the typology", () => {
    for (const row of reference("weapons.csv")) {
      const base = row.category.replace(/\s*\(.*\)\s*/g, " ").replace(/\s+for\s+.*$/i, "").trim();
      expect([row.canonical, findWeaponCategory(base)]).toEqual([row.canonical, expect.any(String)]);
    }
  });
});

describe("ACLED's country list", () => {
  const acled = reference("acled/acled_countries.csv");

  test("every one of ACLED's 243 country names is canonical, with an ISO code", () => {
    expect(acled).toHaveLength(243);
    for (const row of acled) {
      const country = findCountry(row.country);
      expect([row.country, country?.name, country?.alpha2]).toEqual([row.country, row.country, expect.stringMatching(/^[A-Z]{2}$/)]);
      expect(country?.acledRegion).toBe(row.region);
    }
    const codes = acled.map((row) => findCountry(row.country)!.alpha2);
    expect(new Set(codes).size).toBe(243);
  });

  test.each([
    ["Timor-Leste", "East Timor"],
    ["TLS", "East Timor"],
    ["Curaçao", "Curacao"],
    ["Guernsey", "Bailiwick of Guernsey"],
    ["Jersey", "Bailiwick of Jersey"],
    ["Eswatini", "eSwatini"],
    ["Côte d'Ivoire", "Ivory Coast"],
    ["XK", "Kosovo"],
    ["Holy See", "Vatican City"],
  ])("ISO's %p is ACLED's %p", (written, name) => {
    expect(findCountry(written)?.name).toBe(name);
  });

  test("countries ACLED does not list keep ISO's name", () => {
    expect(findCountry("HK")?.name).toBe("Hong Kong");
    expect(findCountry("Hong Kong")?.acledRegion).toBeUndefined();
  });
});
