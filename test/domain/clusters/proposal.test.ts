import { NameLookup } from "../../../src/domain/clusters/clusterTypes";
import { lookupFromResolver } from "../../../src/domain/clusters/dictionaryLookup";
import { proposeValue } from "../../../src/domain/clusters/proposal";
import { builtInActorResolver } from "../../../src/domain/names/dictionary/builtIn";
import { valueOf } from "./valueOf";

describe("proposeValue", () => {
  const actors = lookupFromResolver(builtInActorResolver());

  test("no member known: the most frequent, with its share", () => {
    expect(proposeValue([valueOf("Koglweogo militia", 7), valueOf("Koglwéogo Militia", 2)])).toEqual({ keep: "Koglweogo militia", reason: 'No member is in the dictionary; "Koglweogo militia" is the most frequent (7 of 9 cells).' });
  });

  test("a tie: the one met first in the workbook (members come in that order), said so", () => {
    expect(proposeValue([valueOf("Dozo Militia", 3, null, 0), valueOf("Dozo militia", 3, null, 1)]).reason).toMatch(/tied; met first in the workbook/);
  });

  test("a member known but misspelt: the dictionary's canonical name, though no cell writes it", () => {
    const members = [valueOf("JNIM militants", 5, "Mali"), valueOf("J.N.I.M. militants", 1, "Mali")];
    expect(proposeValue(members, actors)).toEqual({ keep: "Jama'at Nusrat al-Islam wal-Muslimin", reason: `The dictionary knows "JNIM militants" as Jama'at Nusrat al-Islam wal-Muslimin.` });
  });

  test("a member already written as the dictionary writes it wins, even when less frequent", () => {
    const lookup: NameLookup = (value) => (value.startsWith("JNIM: ") ? { canonical: "Jama'at Nusrat al-Islam wal-Muslimin", recognised: value === "JNIM: Group for Support of Islam and Muslims" } : undefined);
    const members = [valueOf("JNIM: Group for Support of Islam and Muslim", 4), valueOf("JNIM: Group for Support of Islam and Muslims", 1)];
    expect(proposeValue(members, lookup).keep).toBe("JNIM: Group for Support of Islam and Muslims");
  });
});
