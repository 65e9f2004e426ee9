/**
 * Excel date serials. In the 1900 system serial 1 is 1900-01-01 and serial 60 is the
 * 29 February 1900 that never was (Lotus 1-2-3's leap-year bug, kept by Excel), so
 * serials from 61 on are one day ahead of a plain day count. In the 1904 system serial 0
 * is 1904-01-01.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 0 for serials >= 61
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, Excel's last date. */
export const MAX_EXCEL_SERIAL = 2_958_465;

export type SerialResult =
  | { ok: true; iso: string }
  | { ok: false; reason: "phantom-leap-day" | "out-of-range" };

/** Turns an Excel serial (time of day ignored) into an ISO date. */
export function serialToIso(serial: number, date1904 = false): SerialResult {
  if (!Number.isFinite(serial)) return { ok: false, reason: "out-of-range" };
  const day = Math.floor(serial);
  if (date1904) {
    if (day < 0 || day > MAX_EXCEL_SERIAL - 1462) return { ok: false, reason: "out-of-range" };
    return { ok: true, iso: isoFromUtc(EPOCH_1904 + day * MS_PER_DAY) };
  }
  if (day < 1 || day > MAX_EXCEL_SERIAL) return { ok: false, reason: "out-of-range" };
  if (day === 60) return { ok: false, reason: "phantom-leap-day" };
  const shifted = day < 60 ? day + 1 : day;
  return { ok: true, iso: isoFromUtc(EPOCH_1900 + shifted * MS_PER_DAY) };
}

/** Turns an ISO date into the Excel serial that shows it. */
export function isoToSerial(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split("-").map(Number);
  const utc = Date.UTC(y, m - 1, d);
  if (date1904) return Math.round((utc - EPOCH_1904) / MS_PER_DAY);
  const days = Math.round((utc - EPOCH_1900) / MS_PER_DAY);
  return days <= 60 ? days - 1 : days;
}

const ISO_CACHE = new Map<number, string>();

function isoFromUtc(ms: number): string {
  const cached = ISO_CACHE.get(ms);
  if (cached !== undefined) return cached;
  const date = new Date(ms);
  const iso = `${pad4(date.getUTCFullYear())}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  if (ISO_CACHE.size < 100_000) ISO_CACHE.set(ms, iso);
  return iso;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, "0");
}

/**
 * Whether an Excel number format shows a date. Quoted text, escaped characters and
 * bracketed parts (colours, locales, elapsed time) are ignored before looking for d, y or
 * an m that is not minutes.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  if (format === "General" || format === "@" || format === "0" || format === "0.00") return false;
  const unquoted = format.replace(/"[^"]*"/g, "").replace(/\\./g, "").toLowerCase();
  const bare = unquoted.replace(/\[[^\]]*\]/g, "");
  if (/[dy]/.test(bare)) return true;
  // Elapsed time such as [h]:mm keeps its hours in brackets: m there is minutes.
  return /m/.test(bare) && !/[hs]/.test(unquoted.replace(/\[\$[^\]]*\]/g, ""));
}
