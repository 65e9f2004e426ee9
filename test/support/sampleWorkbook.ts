import ExcelJS from "exceljs";

/**
 * The sample workbook of the README and the tests: Sahel incidents in the style of ACLED,
 * with the weapons documented in them. The first rows of each sheet are clean; the rest
 * each carry the finding named in their notes. Keep `test/fixtures/sample.xlsx` in step
 * with this file (`npm run fixtures`).
 */
type Cell = string | number | boolean | Date | null | { formula: string; result: string | number };

const D = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export const INCIDENT_HEADERS = [
  "Incident ID", "Event date", "Year", "Event type", "Sub event type", "Actor 1", "Inter1", "Actor 2", "Inter2",
  "Interaction", "Country", "Admin1", "Location", "Lat", "Lon", "Fatalities", "Source", "Notes", "Analyst", "Comments",
];

// Column:         A          B                C     D                              E                                  F                                        G               H                                         I              J     K               L              M             N        O        P      Q                    R                                                         S      T
export const INCIDENT_ROWS: Cell[][] = [
  ["BFA1001", D("2024-03-15"), 2024, "Battles", "Armed clash", "Islamic State Sahel Province", "Rebel group", "Jama'at Nusrat al-Islam wal-Muslimin", "Rebel group", 22, "Burkina Faso", "Centre-Nord", "Kalamba", 13.0969, -1.0844, 12, "Local sources", "IS Sahel attacked JNIM near Kaya; weapons captured.", "AB", ""],
  ["MLI2001", D("2024-04-02"), 2024, "Violence against civilians", "Attack", "Military Forces of Mali", "State forces", "Civilians (Mali)", "Civilians", 17, "Mali", "Mopti", "Moura", 14.1167, -4.05, 5, "HRW", "Clean row.", "AB", ""],
  ["NER3001", "16-02-2024", 2024, "Battles", "Armed clash", "Islamic State Sahel Province", "Rebel group", "Military Forces of Niger", "State forces", 12, "Niger", "Tillaberi", "Tillia", 16.1406, 4.7904, 20, "Aniamey", "Day-first text date.", "CD", ""],
  ["NGA4001", "02/20/2024", 2024, "Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State West Africa Province", "Rebel group", "Military Forces of Nigeria", "State forces", 12, "Nigeria", "Borno", "Gwoza", 11.0833, 13.6953, 3, "Premium Times", "Month-first text date: the column now writes dates both ways.", "CD", ""],
  ["NER3002", "03/04/2024", 2024, "Battles", "Armed clash", "Islamic State Sahel Province", "Rebel group", "Military Forces of Niger", "State forces", 12, "Niger", "Tillaberi", "Ayorou", 14.7308, 0.9186, 4, "ActuNiger", "ambiguous-date", "CD", ""],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  ["BFA1002", D("2031-01-01"), 2031, "Battles", "Armed clash", "Ansarul Islam", "Rebel group", "Military Forces of Burkina Faso", "State forces", 12, "Burkina Faso", "Sahel", "Djibo", 14.1, -1.6167, -1, "Local sources", "range: future date, year and fatalities -1", "AB", ""],
  ["BFA1003", D("2024-05-01"), 2024, "Battles", "Armed clash", "Jama'at Nusrat al-Islam wal-Muslimin", "Rebel group", "Volunteers for the Defense of the Homeland", "Political militia", 23, "Burkina Faso", "Est", "Fada N'Gourma", 95, 0.35, "#N/A", "Local sources", "range: latitude 95; type: #N/A", "AB", ""],
  ["BFA1004", D("2024-05-03"), 2024, "Battle", "Armed clash", "Jama'at Nusrat al-Islam wal-Muslimin", "Rebel group", "Military Forces of Burkina Faso", "State forces", 12, "Burkina Faso", "Nord", "Ouahigouya", 13.5828, -2.4216, 7, "Local sources", "enum: Battle", "AB", ""],
  ["MLI2002", D("2024-05-04"), 2024, "Riots", "Armed clash", "Military Forces of Mali", "State forces", "Jama'at Nusrat al-Islam wal-Muslimin", "Rebel group", 12, "Mali", "Segou", "Niono", 14.2526, -5.9931, 9, "Studio Tamani", "inconsistent: sub-event of Battles under Riots", "EF", ""],
  ["MLI2003", D("2024-05-06"), 2024, "Violence against civilians", "Attack", "Wagner Group", "External/Other forces", "Civilians (Mali)", "Civilians", 12, "Mali", "Mopti", "Hombori", 15.2833, -1.7, 2, "Studio Tamani", "inconsistent: interaction should be 78", "EF", ""],
  ["MLI2004", D("2024-05-07"), 2024, "Battles", "Armed clash", "Azawad Liberation Front", "Rebel group", "Military Forces of Mali", "State forces", 12, "Mali", "Kidal", "Tinzaouaten", 19.95, null, 30, "Studio Tamani", "inconsistent: latitude without longitude", "EF", ""],
  ["MLI2005", D("2024-05-08"), 2024, "Battles", "Armed clash", "Military Forces of Mali", "State forces", "military forces of mali", "State forces", 11, "Mali", "Gao", "Ansongo", 15.6597, 0.5022, 0, "Studio Tamani", "non-canonical: actor 2 in lower case (the same actor on both sides, one type: allowed)", "EF", ""],
  ["MLI2006", D("2024-05-09"), 2023, "Battles", "Armed clash", "Jama'at Nusrat al-Islam wal-Muslimin", "Rebel group", "Military Forces of Mali", "State forces", 12, "Mali", "Timbuktu", "Goundam", 16.4145, -3.6708, 6, "Studio Tamani", "inconsistent: year 2023", "EF", ""],
  ["BFA1001", D("2024-05-10"), 2024, "Battles", "Armed clash", "Jama'at Nusrat al-Islam wal-Muslimin", "Rebel group", "Military Forces of Burkina Faso", "State forces", 12, "Burkina Faso", "Boucle du Mouhoun", "Dedougou", 12.4634, -3.4608, 1, "Local sources", "duplicate-id", "AB", ""],
  ["MLI2007", D("2024-04-02"), 2024, "Violence against civilians", "Attack", "Military Forces of Mali", "State forces", "Civilians (Mali)", "Civilians", 17, "Mali", "Mopti", "moura", 14.1167, -4.05, 5, "HRW", "Clean row.", "EF", "duplicate-row of MLI2001: a copy under a new ID, notes and all"],
  ["BFA1005", D("2024-05-12"), 2024, "Battles", "Armed clash", null, "Rebel group", "Military Forces of Burkina Faso", "State forces", 12, "Burkina Faso", "Sahel", "", null, null, 3, "Local sources", "required: actor 1 and location", "AB", ""],
  ["BFA1006", D("2024-05-13"), 2024, "Battles", "Armed clash", "Islamic State Sahel Province", "Rebel group", "Military Forces of Burkina Faso", "State forces", 12, "BFA", "Sahel", "Gorom-Gorom", 14.4439, -0.2361, "12.5", "Local sources", "non-canonical country; type: fatalities 12.5", "AB", ""],
  ["NER3003", D("2024-05-14"), 2024, "Battles", "Armed clash", "Islamic State Sahel Province", "Rebel grp", "Military Forces of Niger", "State forces", 12, "Nigerr", "Tillaberi", "Banibangou", 15.0428, 2.7047, 17, "ActuNiger", "enum: actor type and country", "CD", ""],
  ["BFA1007", D("2024-05-15"), 2024, "Battles", "Armed clash", "ISIS militants", "Rebel group", "Military Forces of Burkina Faso (2022-)", "State forces", 12, "Burkina Faso", "Sahel", "Arbinda", 14.2308, -0.8683, 8, "Local sources", "non-canonical: ISIS in Burkina Faso; ACLED's own form with its regime period (recognised, no finding)", "AB", ""],
  ["NGA4002", D("2024-05-16"), 2024, "Battles", "Armed clash", "ISWAP/Boko Haram", "Rebel group", "Nigerian army", "State forces", 12, "Nigeria", "Borno", "Bama", 11.5221, 13.6856, 15, "Premium Times", "compound-name; non-canonical army", "CD", ""],
  ["NER3005", D("2024-05-17"), 2024, "Violence against civilians", "Attack", "IS", "Rebel group", "Civilians (Niger)", "Civilians", 27, "Niger", "Tillaberi", "Anzourou", 14.45, 1.5667, 6, "ActuNiger", "ambiguous-name: IS in Niger", "CD", ""],
  ["NER3006", D("2024-05-18"), 2024, "Battles", "Armed clash", "Nigerian army", "State forces", "Lakurawa", "Political militia", 13, "Niger", "Dosso", "Gaya", 11.8844, 3.4492, 2, "ActuNiger", "unknown-name: Nigerian army in Niger; inconsistent: Lakurawa is a rebel group", "CD", ""],
  ["NER3004", 45366, 2024, "Battles", "Armed clash", "Islamic State Sahel Province", "Rebel group", "Military Forces of Niger", "State forces", 12, "Niger", "Tahoua", "Tillia", 16.1406, 4.7904, 2, "ActuNiger", "type: a date serial in a General cell", "CD", "checked twice"],
];

export const WEAPON_HEADERS = ["incident_id", "weapon", "category", "calibre", "country_of_origin", "quantity", "serial_number", "year_of_manufacture", "holder", "notes"];

// Column:         A          B                 C                   D              E             F   G          H     I                                  J
export const WEAPON_ROWS: Cell[][] = [
  ["BFA1001", "Zastava M05E1", "assault rifle", "5.56×45mm", "Serbia", 4, "", 2012, "Islamic State Sahel Province", "Clean."],
  ["BFA1001", "RPG-7", "rocket launcher", "40 mm", "USSR", 1, "", null, "Islamic State Sahel Province", "Clean."],
  ["BFA1001", "PG-7V", "rocket", "85 mm warhead", "Bulgaria", 6, "", null, "Islamic State Sahel Province", "Clean."],
  ["BFA1001", "Type 56-1", "assault rifle", "7.62×39mm", "China", 3, "", null, "Islamic State Sahel Province", "Clean."],
  ["BFA1001", "Zastava M70AB2", "assault rifle", "7.62×39mm", "Yugoslavia", 1, "", 1988, "Islamic State Sahel Province", "Clean."],
  ["BFA9999", "AK-47", "assault rifle", "7.62×39mm", "USSR", 2, "", null, "", "foreign-key"],
  ["MLI2001", "AKM", "Assault rifles", "7.62×39mm", "USSR", 0, "", null, "", "non-canonical category; range: quantity 0"],
  ["MLI2001", "PKM", "general-purpose machine gun", "7.62×54mmR", "Chna", 1, "", 2030, "", "enum: origin; range: future year of manufacture"],
  ["NER3001", "Type 56-2", "assault rifle", "7.62×39mm", "China", 2, "", 2025, "", "range: made after the incident"],
  ["NER3001", "", "grenade launcer", "", "", 1, "", null, "", "required: weapon; enum: category"],
  ["NGA4002", "RPG7 launchers", "rocket launcher", "40 mm", "USSR", 2, "", null, "Islamic State West Africa Province", "non-canonical: RPG7 launchers"],
  ["NGA4002", "Type 56-1/-2 rifles", "assault rifle", "7.62×39mm", "China", 5, "", null, "", "compound-name"],
  ["NGA4002", "Type 69", "rocket launcher", "", "China", 1, "", null, "", "ambiguous-name"],
  ["NGA4002", "BM-21", "multiple rocket launcher", "122 mm", "USSR", 1, "", null, "", "unknown-name"],
  ["NGA4002", "PG-7V", "rocket launcher", "", "Bulgaria", 4, "", null, "", "weapon-mismatch: ammunition recorded as a launcher"],
  ["NGA4002", "AK-74", "assault rifle", "7.62×39mm", "USSR", 1, "", 1970, "Wagner Group", "weapon-mismatch: calibre, year before 1974, holder not in the incident"],
  ["BFA1007", "Romanian AK-47", "assault rifle", "7.62×39mm", "", 1, "", null, "", "weapon-mismatch: AK-47 is a Soviet design"],
];

/** Builds the sample workbook in memory. */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Incident Curator";
  workbook.created = new Date("2024-06-01T00:00:00Z");
  workbook.modified = workbook.created;

  const incidents = workbook.addWorksheet("Incidents");
  incidents.addRow(["Sahel incidents – curated extract (ACLED style)"]);
  incidents.addRow([]);
  incidents.addRow(INCIDENT_HEADERS);
  for (const row of INCIDENT_ROWS) incidents.addRow(row);
  incidents.getColumn(2).numFmt = "yyyy-mm-dd";
  // The serial typed into a General cell must stay General.
  incidents.getCell(`B${3 + INCIDENT_ROWS.length}`).numFmt = "General";

  const weapons = workbook.addWorksheet("Weapons");
  weapons.addRow(WEAPON_HEADERS);
  for (const row of WEAPON_ROWS) weapons.addRow(row);
  return workbook;
}
