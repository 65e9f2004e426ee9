import { NameDecision } from "../domain/names/dictionary/decision";

/** Remembers curators' name decisions in the workbook, for the next check. */
export interface DictionaryWriter {
  append(decisions: readonly NameDecision[]): Promise<void>;
}
