/** The visible sheet where every change the add-in or `curate normalize` makes is logged. */
export const LOG_SHEET = "Curation log";
export const LOG_HEADER = ["time", "batch", "action", "sheet", "cell", "old", "new", "reason"] as const;
