/**
 * Text normalisation shared by header matching and value matching, so that "Нагрузка, часов в
 * неделю" and "нагрузка (часов в неделю)" are the same header and "Учитель-логопед" the same
 * position as "учитель логопед": lower case, ё = е, every run of characters other than letters
 * and digits becomes one space, trimmed.
 */

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/** Text that is already normal once lower-cased: words of Latin, Cyrillic (no ё) and digits, single spaces. */
const ALREADY_NORMAL = /^[0-9a-z\u0430-\u044f]+(?: [0-9a-z\u0430-\u044f]+)*$/;

export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  if (ALREADY_NORMAL.test(lower)) return lower;
  return lower.replace(/\u0451/g, '\u0435').replace(NON_ALNUM, ' ').trim();
}

/** Normalised form without any spaces: "Ф.И.О." and "ФИО" both become "фио". */
export function compactText(text: string): string {
  return normalizeText(text).replace(/ /g, '');
}
