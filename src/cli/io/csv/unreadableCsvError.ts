/**
 * A CSV file that cannot be read, its message one sentence for one line of stderr
 * (`path: reason`). readWorkbookFile gives it on as its UnreadableFileError.
 */
export class UnreadableCsvError extends Error {}
