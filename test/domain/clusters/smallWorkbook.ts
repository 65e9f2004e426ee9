import { WorkbookGrid } from "../../../src/domain/sheetGrid";

/** Two small sheets: the actor columns of both, a list of associated actors, a holder found by incident ID. */
export const SMALL_WORKBOOK: WorkbookGrid = {
  sheets: [
    {
      name: "Incidents",
      values: [
        ["incident_id", "event_date", "country", "location", "actor1", "actor2", "assoc_actor_1"],
        ["BFA1", "2024-01-01", "Burkina Faso", "Djibo", "Koglweogo Militia", "JNIM", "Koglwéogo militia; Dozo Militia"],
        ["BFA2", "2024-01-02", "BF", "Djibo", "Koglweogo Militia", "ISIS", ""],
        ["IRQ1", "2024-01-03", "Iraq", "Mosul", "ISIS", "Civilians (Iraq)", "NA"],
        ["BFA3", "2024-01-04", "Burkina Faso", "djibo", " Koglweogo Militia ", "", ""],
      ],
    },
    {
      name: "Weapons",
      values: [
        ["incident_id", "weapon", "holder"],
        ["BFA1", "AK-47", "koglweogo militia"],
        ["IRQ1", "AK47", "ISIS"],
        ["XXX9", "AK-74", "ISIS"],
      ],
    },
  ],
};

