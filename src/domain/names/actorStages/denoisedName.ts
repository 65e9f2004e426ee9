import type { ActorStage } from "./actorStage";

/** The name with noise words around it set aside ("suspected JNIM militants", "fighters of the Islamic State"), read whole. */
export const denoisedNameStage: ActorStage = {
  name: "noise words set aside",
  run: (name, core) => {
    if (name.denoised === name.base || !name.denoised) return undefined;
    const found = core.resolveWhole(name.raw, name.denoised, name.country, ` (descriptor words around the name set aside)${name.periodNote}`);
    return found && core.keepingForm(found, name.form, name.country);
  },
};
