/**
 * The Russian texts of merging: the region's sheet of `pedmonitor merge --xlsx` and the sheets a
 * merge of several workbooks writes back (`Организации`, `Муниципалитет`). The errors that stop a
 * merge are in messages.ts (MERGE_MSG).
 */

export const REGION_SHEET = 'Показатели региона';

export const REGION = {
  title: (preset: string) => `Показатели по региону: ${preset}`,
  lead: (period: string, municipalities: number, organizations: number, rows: number) =>
    `Отчётный период: ${period} · муниципалитетов: ${municipalities} · организаций: ${organizations} · работников: ${rows} · ` +
    'значение по региону — отношение сумм числителей и знаменателей; для показателей наличия — доля муниципалитетов с ответом «да»',
  header: ['№', 'Критерий', 'Целевое значение', 'Регион', 'Числитель', 'Знаменатель', 'Статус'],
  /** A subject row under its criterion: "в т.ч. математика". */
  subject: (subject: string) => `в т.ч. ${subject}`,
} as const;
