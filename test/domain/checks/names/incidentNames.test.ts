import { check, CLEAN_INCIDENT } from "../../../support/rows";

/** The actor names of an incident sheet read together: forms the sheet uses, unknown names, types in time. */
let next = 1;
const row = (change: Record<string, unknown>) => ({ ...CLEAN_INCIDENT, incident_id: `MLI${next++}`, country: "Mali", location: `Place ${next}`, latitude: "", longitude: "", ...change }) as typeof CLEAN_INCIDENT;
const mali = (actor1: string, date: string, extra: Record<string, unknown> = {}) =>
  row({ actor1, inter1: "State forces", actor2: "Jama'at Nusrat al-Islam wal-Muslimin", event_date: date, year: Number(date.slice(0, 4)), interaction: 12, ...extra });
const names = (result: ReturnType<typeof check>) => result.issues.filter((i) => ["non-canonical", "unknown-name", "mixed-forms", "inconsistent"].includes(i.code));

describe("a variant is fixed to the form the sheet uses for its actor", () => {
  test.each([
    ["2015-06-01", "Military Forces of Mali (2013-2020)", "the sheet's form whose period covers 2015"],
    ["2022-06-01", "Military Forces of Mali", "no form of the sheet covers 2022: the canonical name"],
  ])("Malian army on %s → %p (%s)", (date, fix) => {
    const result = check([mali("Military Forces of Mali (2013-2020)", "2016-01-01"), mali("Military Forces of Mali (2013-2020)", "2017-01-01"), mali("Malian army", date)]);
    const found = names(result);
    expect(found.map((i) => [i.code, i.suggestion])).toEqual([["non-canonical", fix]]);
  });

  test("a fix that would write the same name in actor 1 and actor 2 is not offered", () => {
    const result = check([mali("Malian army", "2024-01-01", { actor2: "Military Forces of Mali", inter2: "State forces", interaction: 11 })]);
    const fix = names(result).find((i) => i.field === "actor1")!;
    expect(fix.code).toBe("non-canonical");
    expect(fix.suggestion).toBeUndefined();
    expect(fix.message).toContain("No fix is offered");
  });

  test("ACLED's forms and the same name on both sides are not findings", () => {
    const result = check([
      mali("Military Forces of Mali (2021-)", "2022-01-01", { actor2: "Military Forces of Mali (2021-)", inter2: "State forces", interaction: 11 }),
      mali("Police Forces of Mali (2021-) Gendarmerie", "2022-01-02", { actor2: "JNIM: Group for Support of Islam and Muslims" }),
    ]);
    expect(names(result)).toEqual([]);
  });
});

test("one actor in ACLED's form and by its canonical name: one mixed-forms finding with the counts", () => {
  const result = check([
    mali("Military Forces of Mali (2021-)", "2022-01-01", { actor2: "JNIM: Group for Support of Islam and Muslims" }),
    mali("Military Forces of Mali (2021-)", "2022-01-02", { actor2: "JNIM: Group for Support of Islam and Muslims" }),
    mali("Military Forces of Mali (2021-)", "2022-01-03"),
  ]);
  const mixed = result.issues.filter((i) => i.code === "mixed-forms");
  expect(mixed).toHaveLength(1);
  expect(mixed[0].message).toContain(`"JNIM: Group for Support of Islam and Muslims" (2 cells), "Jama'at Nusrat al-Islam wal-Muslimin" (1 cell)`);
  expect(mixed[0].row).toBe(4);
});

test("a name the dictionary does not know is one info per distinct name, with its count and first cells", () => {
  const result = check([mali("Koglweogo Brigade of Kaya", "2022-01-01"), mali("Koglweogo Brigade of Kaya", "2022-01-02"), mali("Koglweogo Brigade of Kaya", "2022-01-03", { actor1: "Military Forces of Mali (2021-)", actor2: "Koglweogo Brigade of Kaya", inter2: "Identity militia", interaction: 14 })]);
  const unknown = result.issues.filter((i) => i.code === "unknown-name");
  expect(unknown.map((i) => [i.severity, i.row, i.field])).toEqual([["info", 2, "actor1"]]);
  expect(unknown[0].message).toContain("in 3 cells (actor1 row 2, actor1 row 3, actor2 row 4)");
});

describe("actor types in force on the event's date (NAMING-POLICY actors §10)", () => {
  const taliban = (date: string, type: string) => row({ country: "Afghanistan", actor1: "Taliban", inter1: type, actor2: "", inter2: "", interaction: "", event_date: date, year: Number(date.slice(0, 4)) });
  test.each([
    ["2020-05-01", "Rebel group", false],
    ["2020-05-01", "State forces", true],
    ["2022-05-01", "State forces", false],
    ["2022-05-01", "Rebel group", true],
  ])("Taliban on %s coded %p: warning %p", (date, type, warned) => {
    const found = check([taliban(date, type)]).issues.filter((i) => i.code === "inconsistent" && i.field === "inter1");
    expect(found.length > 0).toBe(warned);
    if (warned) expect(found[0].message).toMatch(/on \d{4}-\d{2}-\d{2} \(its type (until|since) 2021-08-15\)/);
  });

  test("a state-force unit that is another actor keeps ACLED's state-force type", () => {
    const result = check([row({ country: "Sudan", actor1: "Military Forces of Sudan (2019-) Rapid Support Forces", inter1: "State forces", actor2: "Civilians (Sudan)", inter2: "Civilians", interaction: 17, event_date: "2022-03-01", year: 2022 })]);
    expect(names(result)).toEqual([]);
    expect(result.incidents!.rows[0].canonical!.actor1).toBe("Rapid Support Forces");
  });
});

test("planFixes with unifyForms writes the sheet's main form in every cell of the other one; without it, nothing", async () => {
  const { planFixes } = await import("../../../../src/domain/fixes/fixPlan");
  const result = check([
    mali("Military Forces of Mali (2021-)", "2022-01-01", { actor2: "JNIM: Group for Support of Islam and Muslims" }),
    mali("Military Forces of Mali (2021-)", "2022-01-02", { actor2: "JNIM: Group for Support of Islam and Muslims" }),
    mali("Military Forces of Mali (2021-)", "2022-01-03"),
    mali("Military Forces of Mali (2021-)", "2022-01-04"),
    mali("Military Forces of Mali (2021-)", "2022-01-05"),
  ]);
  expect(planFixes(result)).toEqual([]);
  const unified = planFixes(result, { unifyForms: true });
  expect(unified.map((c) => `${c.address} ${c.old} → ${c.new}`)).toEqual([
    "H2 JNIM: Group for Support of Islam and Muslims → Jama'at Nusrat al-Islam wal-Muslimin",
    "H3 JNIM: Group for Support of Islam and Muslims → Jama'at Nusrat al-Islam wal-Muslimin",
  ]);
});

describe("cases a reviewer found in the sheet-wide fixes", () => {
  test("in a coup year two periods cover the year: no period is written", () => {
    const bf = (actor1: string, date: string) => row({ country: "Burkina Faso", actor1, inter1: "State forces", actor2: "Jama'at Nusrat al-Islam wal-Muslimin", event_date: date, year: Number(date.slice(0, 4)), interaction: 12 });
    const result = check([bf("Military Forces of Burkina Faso (2015-2022)", "2022-01-10"), bf("Military Forces of Burkina Faso (2015-2022)", "2022-02-10"), bf("Military Forces of Burkina Faso (2022-)", "2022-12-10"), bf("Burkinabe army", "2022-11-10")]);
    expect(names(result).map((i) => i.suggestion)).toEqual(["Military Forces of Burkina Faso"]);
  });

  test("a state-force form naming another actor by its unit is not a second form of that actor", () => {
    const sd = (actor1: string, date: string) => row({ country: "Sudan", actor1, inter1: "State forces", actor2: "Civilians (Sudan)", inter2: "Civilians", interaction: 17, event_date: date, year: Number(date.slice(0, 4)) });
    const result = check([sd("Military Forces of Sudan (2019-) Rapid Support Forces", "2022-01-01"), sd("Military Forces of Sudan (2019-) Rapid Support Forces", "2022-01-02"), sd("Military Forces of Sudan (2019-) Rapid Support Forces", "2022-01-03"), sd("Rapid Support Forces", "2022-01-04")]);
    expect(result.issues.filter((i) => i.code === "mixed-forms")).toEqual([]);
  });

  test("a period that does not cover the event's year is a finding", () => {
    const result = check([mali("Military Forces of Mali (2021-)", "2019-05-01")]);
    expect(names(result).map((i) => [i.field, i.code])).toEqual([["actor1", "inconsistent"]]);
    expect(names(result)[0].message).toContain("does not cover the event's year 2019");
  });

  test("the RSF under its state-force name in 2024 is checked against its type then", () => {
    const result = check([row({ country: "Sudan", actor1: "Military Forces of Sudan (2019-) Rapid Support Forces", inter1: "Rebel group", actor2: "", inter2: "", interaction: 20, event_date: "2024-03-10", year: 2024 })]);
    expect(result.issues.filter((i) => i.field === "inter1")).toEqual([]);
  });
});
