import { acledQualifierGuard } from "../../../src/domain/clusters/acledQualifierGuard";
import { valueOf } from "./valueOf";

/** ACLED's units and qualifiers are identity inside clusters (NAMING-POLICY actors §2; a review's cases on the real exports). */
describe("acledQualifierGuard", () => {
  const guard = acledQualifierGuard();
  test.each([
    ["Police Forces of Mali (2021-)", "Police Forces of Mali (2021-) Customs", /different units/],
    ["Military Forces of Mali (2021-)", "Military Forces of Mali (2021-) AF", /different units/],
    ["Police Forces of Mali (2021-)", "Mutiny of Police Forces of Mali (2021-)", /qualifier/],
    ["Military Forces of Mali (2021-)", "Former Military Forces of Mali (2021-)", /qualifier/],
    ["Police Forces of Benin (2016-) Customs", "Police Forces of Benin (2016-) Gendarmerie", /different units/],
  ])("%p and %p never share a cluster", (a, b, reason) => {
    expect(guard.apart(valueOf(a), valueOf(b))).toMatch(reason);
  });

  test.each([
    ["police forces of benin (2016-) customs", "POLICE FORCES OF BENIN (2016-) CUSTOMS"],
    ["Military Forces of Mali (2021-)", "military forces of mali (2021-)"],
    ["Koglweogo Militia", "Koglwéogo militia"],
  ])("%p and %p may (case and spacing do not count)", (a, b) => {
    expect(guard.apart(valueOf(a), valueOf(b))).toBeUndefined();
  });
});
