/**
 * `Excel.run` as the add-in calls it: every batch asks Excel to wait while the user is
 * editing a cell (`delayForCellEdit`, the DelayForCellEdit requirement set) instead of
 * failing with InvalidOperationInCellEditMode. Where the host lacks the set, office.js
 * leaves the flag off and such a batch still fails; describeExcelError says what to do.
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}
