import { IssueCode } from "../issues/issueCodes";

/** Reports a finding about one field of the row being checked. */
export type Report = (field: string, code: IssueCode, message: string, suggestion?: string) => void;

/**
 * A check of one row's typed values against each other; it reports, never throws.
 * `unreadable` holds the fields whose cells are filled but could not be read (their own
 * issue is reported already): a check treats them as present but unknown.
 */
export type RowCheck = (values: Record<string, unknown>, report: Report, unreadable: ReadonlySet<string>) => void;
