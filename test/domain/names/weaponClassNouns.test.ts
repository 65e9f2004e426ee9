import { nameTable, weapon } from "./nameCases";

/**
 * Class nouns with a model, English after it and French before it (NAMING-POLICY weapons
 * §5): noise where they fit the model, a refusal with the true reason where they do not.
 */
nameTable("weapons §5: class nouns, French included", [
  ["fusil d'assaut AK-47", null, "alias", "AK-47", "French: the noun before the model"],
  ["lance-roquettes RPG-7", null, "alias", "RPG-7", "French rocket launcher"],
  ["mitrailleuse PKM", null, "alias", "PKM", "French machine gun"],
  ["mitrailleuse lourde DShK", null, "alias", "DShK", "French heavy machine gun"],
  ["roquette PG-7V", null, "alias", "PG-7V", "French rocket"],
  ["obus PG-9", null, "alias", "PG-9", "French round"],
  ["PKM mitrailleuse", null, "alias", "PKM", "French noun after the model"],
  ["mortar 82mm", null, "alias", "82 mm mortar", "a calibre named by its class, in the other order"],
  ["rocket 107mm", null, "alias", "107 mm rocket", "the same for a rocket"],
  ["AK-47 rocket", null, "unknown", null, "negative: a class noun that contradicts the model"],
  ["roquette AK-47", null, "unknown", null, "negative: the same in French"],
  ["mitrailleuse RPG-7", null, "unknown", null, "negative: a launcher is not a machine gun"],
  ["RPG-7 rocket", null, "ambiguous", null, "negative: which round is not said"],
], (raw) => weapon(raw));

describe("the refusal reason is the true one", () => {
  test.each([
    ["AK-47 rocket", "AK-47 is an assault rifle, not a rocket"],
    ["roquette AK-47", "AK-47 is an assault rifle, not a roquette"],
    ["PKM Pecheneg", "PKM followed by \"Pecheneg\""],
    ["RPK-74", "digits and suffixes are identity"],
  ])("%p: %p", (raw, reason) => {
    expect(weapon(raw).reason).toContain(reason);
  });

  test.each(["an RPG-7 launcher", "a Zastava M70AB2 rifle", "PKM Pecheneg", "roquette AK-47"])("%p is not refused as a digit or suffix", (raw) => {
    expect(weapon(raw).reason).not.toContain("digits and suffixes");
  });
});
