/**
 * How Google Sheets stores what a script writes and gives back what it reads, where it matters
 * for this project: empty cells read as '', date cells come back as Date objects (of the
 * script's realm) at midnight in the spreadsheet's time zone, booleans stay booleans, and a string
 * written into a cell that is not formatted as text ('@') is interpreted — "=…" becomes a formula
 * and "1.2" or "27,5" becomes a number — exactly the trap that formats-before-values avoids.
 */

/** A stored cell value: dates as wall-clock time (ms of a UTC date-time with the same fields). */
export type Stored = string | number | boolean | { readonly date: number } | { readonly formula: string };

export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Milliseconds east of UTC of a time zone at an instant. */
export function tzOffset(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** A Date of any realm → the wall-clock time it shows in the time zone. */
export function toWall(d: Date, timeZone: string): number {
  return d.getTime() + tzOffset(timeZone, d.getTime());
}

/** Wall-clock time in a zone → the instant. */
export function fromWall(wall: number, timeZone: string): number {
  const guess = wall - tzOffset(timeZone, wall);
  return wall - tzOffset(timeZone, guess);
}

const NUMBER_TEXT = /^\s*[-+]?(\d+([.,]\d+)?|[.,]\d+)\s*$/;

/** What a cell holds after setValues with this value and number format. */
export function storeWritten(value: unknown, numberFormat: string, timeZone: string): Stored {
  if (value === null) return '';
  if (value === undefined) throw new Error('Cannot write undefined to a cell (fake: the script passed undefined).');
  if (typeof value === 'boolean' || typeof value === 'number') return value;
  if (isDateValue(value)) return { date: toWall(value, timeZone) };
  if (typeof value !== 'string') throw new Error(`Unsupported cell value: ${Object.prototype.toString.call(value)}`);
  if (numberFormat === '@') return value;
  if (value.startsWith('=') && value.length > 1) return { formula: value };
  if (NUMBER_TEXT.test(value)) return Number(value.trim().replace(',', '.'));
  return value;
}

/** What getValues gives for a stored cell, dates created in the script's realm. */
export function readStored(v: Stored | undefined, timeZone: string, DateCtor: DateConstructor): unknown {
  if (v === undefined) return '';
  if (typeof v === 'object') return 'date' in v ? new DateCtor(fromWall(v.date, timeZone)) : v.formula;
  return v;
}

/** A value as a user or an import would have put it in the sheet (test set-up, no interpretation). */
export function storeRaw(value: unknown): Stored {
  if (value === null || value === undefined) return '';
  if (isDateValue(value)) {
    // Test data gives dates as UTC midnight of the calendar day; keep the calendar day and time.
    return { date: value.getTime() };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`Unsupported test value: ${String(value)}`);
}
