import { checkWorkbook } from "../../../src/domain/checks/checkWorkbook";
import { columnHeadersOf, fieldLabel } from "../../../src/domain/headers/columnHeaders";
import type { WorkbookGrid } from "../../../src/domain/sheetGrid";

describe("the headers as the sheets write them", () => {
  const workbook: WorkbookGrid = {
    sheets: [
      { name: "Incidents", values: [["Incident data, 2024"], [], ["ID", "Date of event", " Country ", "Analyst"], ["INC1", "2024-01-02", "Mali", "x"]] },
      { name: "My weapons", values: [["incident_id", "Weapon", "Category", "quantity"], ["INC1", "AK-47", "assault rifle", 1]] },
    ],
  };
  const check = checkWorkbook(workbook, { today: "2025-01-01" });

  test("each field of a checked sheet under its own header, trimmed; the user's other columns are no field", () => {
    const headers = columnHeadersOf(check, workbook);
    expect(Object.fromEntries(headers.get("Incidents")!)).toEqual({ incident_id: "ID", event_date: "Date of event", country: "Country" });
    expect(headers.get("My weapons")!.get("weapon")).toBe("Weapon");
    expect(headers.get("My weapons")!.get("incident_id")).toBe("incident_id");
  });

  test("without the grid, sheets but no headers", () => {
    expect([...columnHeadersOf(check, null)].map(([sheet, byField]) => [sheet, byField.size])).toEqual([
      ["Incidents", 0],
      ["My weapons", 0],
    ]);
  });

  test("a field's label where no header is known", () => {
    expect(fieldLabel("event_date")).toBe("Event date");
    expect(fieldLabel("incident_id")).toBe("Incident ID");
    expect(fieldLabel("no_such_field")).toBe("No such field");
  });
});
