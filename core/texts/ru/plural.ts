/**
 * Russian plural forms, once for the whole program: the core's messages, the report, the sheets,
 * the command line, the Google Sheets sidebar and the Excel task pane all count with this one
 * function, so «1 строка, 2 строки, 5 строк, 11 строк, 21 строка» agree everywhere.
 */

/** Russian plural form for a count: 1 строка, 2 строки, 5 строк. */
export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = Math.abs(n) % 10;
  const mod100 = Math.abs(n) % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** A count with its noun: "12 организаций". */
export function counted(n: number, one: string, few: string, many: string): string {
  return `${n} ${plural(n, one, few, many)}`;
}
