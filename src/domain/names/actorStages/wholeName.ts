import type { ActorStage } from "./actorStage";

/** The name as written, period and unit set aside: a canonical name, an alias, a country-dependent name, ACLED's state-force pattern or a plain translation. */
export const wholeNameStage: ActorStage = {
  name: "whole name",
  run: (name, core) => {
    const direct = core.resolveWhole(name.raw, name.base, name.country, name.periodNote);
    return direct && core.keepingForm(direct, name.form, name.country);
  },
};
