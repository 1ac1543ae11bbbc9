/**
 * Every Russian text the core shows a user, in one place (style.md habit 4). Messages name what
 * is wrong and what the program did about it; none ever contains a person's name.
 */

import { plural } from './plural';

const q = (s: string): string => `«${s}»`;

export const MSG = {
  unknownValue: (expected: string) =>
    `Значение не распознано (ожидается ${expected}): строка не учтена в показателях, которым нужен этот столбец`,
  missingNumber: (count: number, header: string) =>
    `Не заполнен столбец ${q(header)} в ${count} ${plural(count, 'строке', 'строках', 'строках')}: эти работники не учтены в показателях, которым он нужен`,
  andMoreRows: (n: number) => ` и ещё ${n}`,
  totalsRow: 'Строка итогов пропущена',
  emptyName: 'Строка с данными, но без ФИО: пропущена',
  duplicateName: (firstRow: number) => `Тот же работник уже указан в строке ${firstRow}: повторная строка пропущена`,
  partTimer: (otherSheet: string, otherRow: number) =>
    `Этот работник указан также на листе ${q(otherSheet)} (строка ${otherRow}): учтён в обеих организациях как совместитель`,
  numberingRow: 'Строка с номерами столбцов (1, 2, 3, …) под заголовком — это не работник: строка пропущена',
  noHeader: 'Не найдена строка заголовков (в первых 10 строках нет столбцов «ФИО» и «Должность»): лист пропущен',
  emptyTab: 'На листе нет ни одной строки с данными работников',
  missingColumn: (ids: readonly string[]) =>
    `Столбец не найден: ${plural(ids.length, 'показатель', 'показатели', 'показатели')} ${ids.join(', ')} для этой организации — «нет данных»`,
  duplicateColumn: (header: string) => `Столбец ${q(header)} встречается повторно: используется первый`,
  inferredCategory: (ped: number, mgmt: number) =>
    `Нет столбца «Категория работника»: категория определена по должности (педагогических — ${ped}, управленческих — ${mgmt})`,
  inferredCategoryCells: (count: number) =>
    `В ${count} ${plural(count, 'строке', 'строках', 'строках')} не заполнена «Категория работника»: категория определена по должности`,
  inferredType: (type: string, reason: string) => `Тип организации определён по названию листа: ${type} (${reason})`,
  orgWithoutTab: 'Организация указана на листе «Организации», но листа с её работниками нет',
  tabNotListed: (sheet: string) => `Лист ${q(sheet)} не указан на листе «Организации»`,
  unknownOrgType: 'Тип организации не распознан (ожидается ДОО, ОО или УДО): тип определён по названию листа',
  ageImplausible: (age: number) => `Возраст ${age} лет выглядит ошибкой (ожидается от 18 до 80)`,
  experienceImplausible: (exp: number, age: number) =>
    `Педагогический стаж ${fmt(exp)} лет больше, чем возраст минус 16 (${age} − 16): проверьте данные`,
  hoursImplausible: (hours: number) => `Нагрузка ${fmt(hours)} ч в неделю больше 54 часов: проверьте данные`,
  scoreImplausible: (score: number) => `Значение ${fmt(score)} вне диапазона 0–100: проверьте данные`,
  negative: (value: number) => `Отрицательное значение ${fmt(value)}: проверьте данные`,
  futureBirth: 'Дата рождения позже даты отсчёта: проверьте данные',
  settingUnknown: 'Параметр не распознан: не используется',
  settingBadPreset: (known: readonly string[]) => `Неизвестный набор показателей; доступны: ${known.join(', ')}. Используется набор по умолчанию`,
  settingBadDate: 'Дата отсчёта не распознана (ожидается ДД.ММ.ГГГГ): используется дата по умолчанию',
  settingBadNumber: 'Ожидается число: используется значение по умолчанию',
  municipalityMissingRow: (row: string) => `На листе «Муниципалитет» нет строки ${q(row)}: показатель — «нет данных»`,
  municipalityUnknownRow: 'Показатель не распознан: строка не используется (проверьте написание)',
  municipalityEmpty: 'Значение не заполнено: показатель — «нет данных»',
  municipalityUnknown: 'Значение не распознано (ожидается да/нет или число): показатель — «нет данных»',
  municipalityNoSheet: 'Нет листа «Муниципалитет»: показатели муниципального уровня — «нет данных»',
  organizationsNoSheet: 'Нет листа «Организации»: тип организаций определён по названиям листов, показатели уровня организаций — «нет данных»',
  organizationsNoHeader: 'На листе «Организации» не найдена строка заголовков со столбцом «Организация»: лист не использован',
  orgUnknownFlag: 'Значение не распознано (ожидается да/нет): для этой организации — «нет данных»',
  orgUnknownNumber: 'Ожидается число: для этой организации — «нет данных»',
  orgActualDiffers: (actual: number, rows: number) =>
    `Фактическая численность (${actual}) не совпадает с числом работников на листе организации (${rows})`,
  criterionNoData: (reason: string) => `Показатель не рассчитан: ${reason}`,
  hiddenName: '(значение скрыто: похоже на ФИО)',
  formulaError: 'В ячейке ошибка формулы: значение неизвестно, строка не учтена в показателях, которым нужен этот столбец',
  formulaErrorName: 'В ячейке ФИО ошибка формулы: строка пропущена',
  /** Without a period (workbook.md §5): what the run assumed, and where to set it. */
  settingsAssumed: (preset: string, period: string, date: string, reason: 'no-period' | 'date-capped') =>
    (reason === 'no-period'
      ? `Отчётный период не задан: принят текущий учебный год ${period}, набор показателей «${preset}», дата отсчёта ${date}. `
      : `Дата отсчёта не задана, а 1 июня периода ${period} ещё не наступило: принята сегодняшняя дата ${date} (набор показателей «${preset}»). `) +
    'Задайте их на листе «Настройки» (параметры «Набор показателей», «Отчётный период», «Дата отсчёта»).',
} as const;

export const EXPECTED = {
  yesno: 'да/нет',
  number: 'число',
  date: 'дата ДД.ММ.ГГГГ',
  staffCategory: '«педагогический» или «управленческий»',
  qualification: 'высшая, первая, СЗД или нет',
  contestLevel: 'нет, муниципальный, региональный, федеральный или призёр федерального',
  text: 'текст',
} as const;

/** A number the Russian way: decimal comma, at most two decimals. */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

/** Errors that stop a run: nothing can be computed from this input. */
export const STOP = {
  unknownPreset: (id: string, known: readonly string[]) => `Неизвестный набор показателей «${id}». Доступны: ${known.join(', ')}`,
  noOrganizationTabs:
    'В книге нет ни одного листа организации. Каждая организация — отдельный лист со столбцами «ФИО» и «Должность»; служебные листы («Организации», «Муниципалитет», «Настройки» и листы результатов) не считаются.',
  noHeaderAnywhere: (tabs: readonly string[]) =>
    `Ни на одном листе организации не найдена строка заголовков со столбцами «ФИО» и «Должность» (проверены листы: ${tabs.map(q).join(', ')}).`,
} as const;

/** Errors of merging result files (pedmonitor merge). */
export const MERGE_MSG = {
  noInputs: 'Не указано ни одного файла результатов для объединения.',
  notResult: (name: string) => `Файл ${q(name)} — не файл результатов pedmonitor (нет schemaVersion 1 и списка показателей). Укажите файлы, записанные командой pedmonitor compute --json или pedmonitor merge.`,
  presets: (list: string) => `Файлы рассчитаны по разным наборам показателей (${list}): объединять можно только результаты одного набора.`,
  periods: (list: string) => `Файлы относятся к разным отчётным периодам (${list}): объединять можно только результаты одного периода.`,
  kinds: (id: string) => `Показатель ${id} в разных файлах имеет разный вид расчёта: файлы рассчитаны по разным версиям набора показателей.`,
} as const;

/** Words of the roster's problems and breakdowns. */
export const ROSTER_TEXT = {
  missingPosition: 'Не заполнена должность: работник не отнесён ни к учителям, ни к другим должностям',
  /** The column named when an age is needed and neither Возраст nor Дата рождения is there. */
  ageHeader: 'Возраст / Дата рождения',
  /** The subject group of teachers without a subject. */
  noSubject: 'Предмет не указан',
} as const;

/** An error without a message, in a sentence: "…: неизвестная ошибка". */
export const UNKNOWN_ERROR = 'неизвестная ошибка';
