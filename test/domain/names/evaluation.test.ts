import { builtInActorResolver, builtInWeaponResolver } from "../../../src/domain/names/dictionary/builtIn";
import { LabelledName, loadEvaluationSet, mappedName, score } from "../../support/evaluation";

/**
 * The labelled evaluation set: at least 300 actor and 300 weapon names as reports write
 * them, with the expected canonical name or UNKNOWN. Floors: 97% right overall, and at
 * most one wrong map in 500 names (a wrong canonical name is worse than none).
 */
const actors = loadEvaluationSet("actor");
const weapons = loadEvaluationSet("weapon");
const resolve = (row: LabelledName) => mappedName(row.kind === "actor" ? builtInActorResolver().resolve(row.raw, row.country) : builtInWeaponResolver().resolve(row.raw, row.country));

test("the set is large enough and labelled with canonical names only", () => {
  expect(actors.length).toBeGreaterThanOrEqual(300);
  expect(weapons.length).toBeGreaterThanOrEqual(300);
  for (const row of actors) if (row.expected !== "UNKNOWN") expect([row.raw, builtInActorResolver().resolve(row.expected, row.country).canonical]).toEqual([row.raw, row.expected]);
  for (const row of weapons) if (row.expected !== "UNKNOWN") expect([row.raw, builtInWeaponResolver().entry(row.expected)?.canonical]).toEqual([row.raw, row.expected]);
});

test.each([
  ["actors", actors],
  ["weapons", weapons],
])("%s: accuracy and wrong maps above the floors", (_name, rows) => {
  const result = score(rows, resolve);
  if (result.failures.length > 0) console.log(result.failures.map((f) => `${f.row.raw} [${f.row.country ?? ""}] expected ${f.row.expected}, got ${f.got} (${f.row.why})`).join("\n"));
  expect(result.correct / result.rows).toBeGreaterThanOrEqual(0.97);
  expect(result.wrongMaps).toBeLessThanOrEqual(Math.floor(result.rows / 500));
});

test("both sets together: at most one wrong map in 500", () => {
  const result = score([...actors, ...weapons], resolve);
  expect(result.wrongMaps).toBeLessThanOrEqual(Math.floor(result.rows / 500));
  expect(result.contextCorrect / result.contextRows).toBeGreaterThanOrEqual(0.95);
});
