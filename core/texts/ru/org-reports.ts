/**
 * Every Russian word of «Сведения ОО» (workbook.md §9): its columns, the mark an organisation
 * without a roster carries in every output, and the messages about its rows. The reader, the
 * template and the outputs share these, so what the template writes reads back.
 */

import { plural } from './plural';

const q = (s: string): string => `«${s}»`;

/** Columns of «Сведения ОО», in the order the template writes them. */
export const ORG_REPORT_COLUMNS = {
  organization: 'Организация',
  criterion: 'Критерий',
  numerator: 'Числитель',
  denominator: 'Знаменатель',
  value: 'Значение',
  note: 'Примечание',
} as const;

/** How an organisation without a roster is marked wherever it is named. */
export const REPORTED_MARK = 'по сведениям ОО';

/** Under a breakdown by subject that organisations of «Сведения ОО» are missing from. */
export const SUBJECTS_ROSTER_ONLY =
  'строки «в т.ч. <предмет>» — только по организациям со списками работников: у организаций «по сведениям ОО» разбивки по предметам нет, поэтому сумма строк по предметам меньше итога';

/** «МБОУ СОШ №5 (по сведениям ОО)». */
export function reportedTitle(name: string): string {
  return `${name} (${REPORTED_MARK})`;
}

/** An organisation as a heading or a row label: its name, marked when it has no roster. */
export function organizationTitle(o: { readonly name: string; readonly reported?: boolean }): string {
  return o.reported ? reportedTitle(o.name) : o.name;
}


const NOT_USED = 'строка не учтена';

export const ORG_REPORT_MSG = {
  noHeader: `Не найдена строка заголовков со столбцами ${q(ORG_REPORT_COLUMNS.organization)} и ${q(ORG_REPORT_COLUMNS.criterion)} (в первых 10 строках): сведения ОО не учтены`,
  noOrganization: `Не указана организация: ${NOT_USED}`,
  noCriterion: `Не указан критерий: ${NOT_USED}`,
  unknownCriterion: `Такого критерия нет в наборе показателей (укажите номер, например 1.2): ${NOT_USED}`,
  ambiguousCriterion: `Номер критерия записан числом, и неясно, какой это критерий (например, 8.1 или 8.10): введите номер как текст — ${NOT_USED}`,
  unknownOrganization: `Такой организации нет ни среди листов книги, ни на листе «Организации» (проверьте название или добавьте организацию на лист «Организации»): ${NOT_USED}`,
  notNumber: `Ожидается число: ${NOT_USED}`,
  negative: `Отрицательное число: ${NOT_USED}`,
  notWhole: `Число работников должно быть целым: ${NOT_USED}`,
  empty: (column: string) => `Не заполнен столбец ${q(column)}: ${NOT_USED}`,
  numeratorAboveDenominator: (n: number, d: number) => `Числитель (${n}) больше знаменателя (${d}): ${NOT_USED}`,
  notYesNo: `Ожидается «да» или «нет»: ${NOT_USED}`,
  municipalOnly: `Критерий считается по муниципалитету в целом (лист «Муниципалитет»), а не по организациям: ${NOT_USED}`,
  distribution: `Распределение по группам нельзя передать одним числом — нужен список работников: ${NOT_USED}`,
  duplicate: (firstRow: number) => `Эта организация и этот критерий уже указаны в строке ${firstRow}: ${NOT_USED}`,
  rosterWins: (sheet: string) =>
    `У организации есть лист ${q(sheet)} со списком работников: показатель считается по списку, ${NOT_USED}`,
  notApplicable: (types: string) => `Критерий считается только по организациям типа ${types}: ${NOT_USED}`,
  used: (count: number, ids: string) =>
    `Листа со списком работников нет: организация учтена ${REPORTED_MARK} (${count} ${plural(count, 'критерий', 'критерия', 'критериев')}: ${ids}); по остальным критериям — «нет данных»`,
} as const;
