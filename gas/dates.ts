/**
 * Date cells as calendar days. getValues() gives a date cell as the instant of midnight in the
 * spreadsheet's time zone, but the script reads Date fields in its own zone (Europe/Moscow from
 * the manifest): in a Yekaterinburg spreadsheet 02.06.1990 would read as 01.06.1990 and ages at
 * 1 June would be off by a year. Each Date is turned back into the calendar day it shows in the
 * sheet, as script-local midnight, which is what the core expects from Apps Script.
 */

const DAY_MS = 86_400_000;
/**
 * Historical offsets of a zone differ from today's by up to two hours (summer time before 2011,
 * zone changes): a date cell can sit up to that far from midnight at today's offset. Times of day
 * from 21:00 on count as the next day; date-only cells are never there.
 */
const SLACK_MS = 3 * 3_600_000;

/** '+0500' / '-0330' → milliseconds east of UTC. */
export function parseOffset(z: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (!m) return 0;
  const ms = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return m[1] === '-' ? -ms : ms;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Replaces, in place, every Date of the grids by script-local midnight of the day it shows. */
export function normalizeDates(grids: readonly unknown[][][], timeZone: string, today: Date): void {
  const offset = parseOffset(Utilities.formatDate(today, timeZone, 'Z'));
  for (const grid of grids) {
    for (const row of grid) {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (!isDate(v) || Number.isNaN(v.getTime())) continue;
        const day = new Date(Math.floor((v.getTime() + offset + SLACK_MS) / DAY_MS) * DAY_MS);
        row[c] = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
      }
    }
  }
}
