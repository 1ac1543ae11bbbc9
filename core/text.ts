/**
 * Text normalisation shared by header matching and value matching, so that "Нагрузка, часов в
 * неделю" and "нагрузка (часов в неделю)" are the same header and "Учитель-логопед" the same
 * position as "учитель логопед": lower case, ё = е, every run of characters other than letters
 * and digits becomes one space, trimmed.
 */

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(NON_ALNUM, ' ').trim();
}

/** Normalised form without any spaces: "Ф.И.О." and "ФИО" both become "фио". */
export function compactText(text: string): string {
  return normalizeText(text).replace(/ /g, '');
}

/** Normalised person name used to find duplicates and part-timers (never shown anywhere). */
export function normalizeName(text: string): string {
  return normalizeText(text);
}
