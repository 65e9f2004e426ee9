import { shortWordGuard } from "../../../src/domain/clusters/shortWordGuard";
import { valueOf } from "./valueOf";

const guard = shortWordGuard();
const apart = (a: string, b: string) => guard.apart(valueOf(a), valueOf(b)) !== undefined;

describe("shortWordGuard: in short names one letter is another name", () => {
  test.each([
    ["PKM", "PKP", "NAMING-POLICY weapons §1"],
    ["ADF", "SDF", "§5: short acronyms"],
    ["Protesters (Iran)", "Protesters (Iraq)", "two countries"],
    ["Ganro Communal Militia (Benin)", "Gango Communal Militia (Benin)", "two villages of Benin (real ACLED strings)"],
    ["Gouka Communal Militia (Benin)", "Bouka Communal Militia (Benin)", "two villages of Benin (real ACLED strings)"],
    ["Dozo Communal Group (Mali)", "Doro Communal Group (Mali)", "Dozo hunters against the village of Doro"],
    ["ISIS", "ISIL", "to the dictionary, not to a one-letter guess"],
  ])("%p and %p never share a cluster (%s)", (a, b) => {
    expect(apart(a, b)).toBe(true);
    expect(apart(b, a)).toBe(true);
  });

  test.each([
    ["Labour Group (Benin)", "Labor Group (Benin)", "labour has six letters"],
    ["Mayi Mayi Militia (Buhirwha)", "Mayi Mayi Militia (Buhirwa)", "long words"],
    ["UM-RDA: Malian Union", "UMRDA: Malian Union", "the same letters run together"],
    ["Koglweogo", "Koglweogo Militia", "a word added, none changed"],
    ["ISIS", "isis", "case only"],
  ])("%p and %p may share one (%s)", (a, b) => {
    expect(apart(a, b)).toBe(false);
  });
});
