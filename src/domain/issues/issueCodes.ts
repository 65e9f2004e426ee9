/** Severity: `error` keeps the row out of a valid export; `warning` asks a person to look. */
export type Severity = "error" | "warning" | "info";

/**
 * Every issue code, with its severity and what it means (CONTRACT section 2). The codes
 * after `blank-row` extend the contract for findings about whole sheets.
 */
export const ISSUE_CODES = {
  "missing-column": { severity: "error", title: "Missing column", description: "A required field has no column." },
  "duplicate-column": { severity: "error", title: "Duplicate column", description: "Two columns map to one field; the first is used." },
  required: { severity: "error", title: "Required value missing", description: "An empty required cell." },
  type: { severity: "error", title: "Wrong type", description: "Not a date, number or whole number where one is required, or an Excel error such as #N/A." },
  enum: { severity: "error", title: "Not an allowed value", description: "Not one of the allowed values; the closest is suggested." },
  range: { severity: "error", title: "Out of range", description: "Outside its allowed range (a future date, latitude 95, fatalities -1)." },
  "ambiguous-date": { severity: "error", title: "Ambiguous date", description: "Day and month cannot be told apart, and the sheet's other dates do not settle the order." },
  "duplicate-id": { severity: "error", title: "Duplicate ID", description: "An incident ID seen before in the sheet." },
  "foreign-key": { severity: "error", title: "Unknown incident", description: "A weapon row whose incident ID is not in the incident sheet." },
  inconsistent: { severity: "warning", title: "Inconsistent row", description: "Fields of one row contradict each other." },
  "duplicate-row": { severity: "warning", title: "Possible duplicate", description: "The same event recorded twice under different IDs." },
  "non-canonical": { severity: "warning", title: "Non-canonical name", description: "A known name written differently; the canonical form is suggested." },
  "unknown-name": { severity: "warning", title: "Unknown name", description: "No confident match; candidates may be suggested." },
  "ambiguous-name": { severity: "warning", title: "Ambiguous name", description: "Several canonical names fit." },
  "compound-name": { severity: "warning", title: "Compound name", description: "A cell names two actors or models." },
  "weapon-mismatch": { severity: "warning", title: "Weapon facts disagree", description: "Category, calibre, origin, launcher/ammunition or year contradicts the model." },
  "blank-row": { severity: "info", title: "Blank row", description: "An empty row inside the data." },
  "missing-sheet": { severity: "error", title: "Missing sheet", description: "No incident sheet was found (by name or by headers)." },
  "empty-sheet": { severity: "info", title: "Empty sheet", description: "A sheet with headers but no data rows." },
  "unknown-column": { severity: "info", title: "Unknown column", description: "A column that maps to no field; it is kept untouched." },
  "units-row": { severity: "info", title: "Units row", description: "A second header row (units or notes under the headers); it is not checked as data." },
  "repeated-header": { severity: "warning", title: "Repeated header row", description: "A data row repeats the headers: a second table starts there (several tables on one sheet); the row is not checked as data." },
  "hidden-rows": { severity: "info", title: "Hidden rows", description: "Rows of the data are hidden (by hand or by a filter); they are checked and exported like the others." },
  "monadic-layout": { severity: "info", title: "Monadic layout", description: "The sheet is in ACLED's monadic form (one row per actor, no actor 2 columns): the two rows of one event share its ID and are checked as one event." },
  "na-placeholder": { severity: "info", title: "R's NA placeholder", description: "Cells of a column hold NA, the placeholder R writes for an empty value; they are read as empty." },
  "mixed-forms": { severity: "warning", title: "One actor, two forms", description: "The sheet writes one actor in two recognised forms (ACLED's and the canonical); each is right, but counts split between them." },
  "legacy-taxonomy": { severity: "info", title: "ACLED's pre-2019 taxonomy", description: "The sheet codes events in ACLED's taxonomy of before 2019 (no sub-event types); its event types are checked against that list." },
  "two-digit-years": { severity: "info", title: "Two-digit years", description: "Dates written with a two-digit year (16-Feb-21, as Excel re-saves ISO dates) were read with the century of the row's year column." },
  "outside-country": { severity: "warning", title: "Outside its country", description: "The latitude and longitude lie outside the row's country (by more than 15 km, borders from country-coder); a swap of the two is pointed out." },
  "bad-encoding": { severity: "warning", title: "Unreadable characters", description: "A cell of a text file holds bytes that are no text in the file's encoding (a UTF-8 file damaged in a few places); each is shown as \ufffd, the other cells are read as usual." },
  "headerless-value": { severity: "warning", title: "Value without a header", description: "Cells hold values in a column that has no header (to the right of the last header, in a gap between headers, or far out such as column XFD): they belong to no field and are left out of exports; one finding per column." },
  "legacy-encoding": { severity: "info", title: "Read as Windows-1252", description: "The text file is not UTF-8: it was read as Windows-1252, the encoding of Excel's \"CSV (Comma delimited)\" on Windows." },
} as const satisfies Record<string, { severity: Severity; title: string; description: string }>;

export type IssueCode = keyof typeof ISSUE_CODES;

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
