/**
 * What the pane shows once a check has run, and the plans its commands count: not needed
 * before the first check, so loaded beside it (while the workbook is read), not with the
 * pane's first script. The tabs bring Fluent's TabList and tabster's arrow-key mover; the
 * plans and the own-sheet test bring the issue codes and the country vocabulary.
 */
export { planFixes } from "../../domain/fixes/fixPlan";
export { planFlags } from "../../domain/flags/flagPlan";
export { Commands } from "./Commands";
export { MissingSheets } from "./MissingSheets";
export { Summary } from "./Summary";
export { ViewTabs } from "./ViewTabs";
