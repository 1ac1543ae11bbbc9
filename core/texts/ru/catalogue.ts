/**
 * Every Russian word of the sheet «Настройка показателей»: its columns, the names of the kinds,
 * targets, extras and declared column types, its title and help lines, and the messages about
 * a bad row. The reader and the writer share these, so what is written reads back.
 */
import type { CriterionKind, Topic } from '../../criteria';
import type { CustomFieldType } from '../../fields';

/** Columns of the criteria table, in the order they are written. */
export const COLUMNS = {
  id: 'Код',
  track: 'Трек',
  indicator: 'Показатель',
  name: 'Наименование',
  shortName: 'Краткое наименование',
  kind: 'Вид',
  group: 'Группа',
  condition: 'Условие',
  target: 'Целевое значение',
  extra: 'Дополнительно',
} as const;

export type ColumnId = keyof typeof COLUMNS;
export const COLUMN_ORDER: readonly ColumnId[] = ['id', 'track', 'indicator', 'name', 'shortName', 'kind', 'group', 'condition', 'target', 'extra'];

/** Columns of the section declaring new columns of the organisation tabs. */
export const CUSTOM_COLUMNS = { key: 'Ключ', header: 'Заголовок столбца', type: 'Тип', note: 'Пояснение' } as const;
export const CUSTOM_SECTION = 'Дополнительные столбцы';
export const CUSTOM_SECTION_HINT =
  'Объявите здесь столбцы, которых программа не знает, чтобы использовать их в условиях: заголовок как на листах организаций, ключ (одно слово, можно не указывать) и тип.';

export const ORIGIN_LABEL = 'Создано из набора';

export const KIND_NAMES: Readonly<Record<CriterionKind, string>> = {
  share: 'доля',
  count: 'количество',
  presence: 'наличие',
  orgShare: 'доля организаций',
  mean: 'среднее',
  distribution: 'распределение',
};

export const CUSTOM_TYPE_NAMES: Readonly<Record<CustomFieldType, string>> = {
  yesno: 'да/нет',
  number: 'число',
  date: 'дата',
  text: 'текст',
};

export const TOPIC_NAMES: Readonly<Record<Topic, string>> = {
  diagnostics: 'диагностика',
  routes: 'маршруты',
  burnout: 'профилактика выгорания',
  contests: 'конкурсы',
  methodical: 'методическая работа',
  staffing: 'кадры',
  retraining: 'переподготовка',
  young: 'молодые педагоги',
  mentoring: 'наставничество',
  training: 'повышение квалификации',
  management: 'управление',
};

/** Items of the Дополнительно column. */
export const EXTRA = {
  bySubject: 'по предметам',
  lower: 'лучше меньше',
  higher: 'лучше больше',
  types: 'типы',
  threshold: 'порог',
  among: 'среди',
  topic: 'тема',
  anyValue: 'любое значение',
} as const;

export const SOURCE = { municipality: 'Муниципалитет', organizations: 'Организации' } as const;

export const CATALOGUE_TEXT = {
  title: (id: string, title: string) => `Настройка показателей: создано из набора «${id}» — ${title}`,
  help:
    'Это ваш лист: программа читает его при каждом расчёте и никогда не перезаписывает. Меняйте целевые значения и условия, ' +
    'удаляйте строки (такой показатель не считается), добавляйте строки с новыми кодами. Пример условия: ' +
    '«Региональная диагностика = да И Возраст < 35». Строка с ошибкой не рассчитывается, а ошибка с номером строки и позицией ' +
    'в условии показывается на листе «Проверка данных». Подробнее — в справке (docs/catalogue.md).',
  used: (count: number, id: string) =>
    `Показатели взяты с листа «Настройка показателей» (${count}); набор «${id}» — основа листа. Лист программа не изменяет.`,
  presetIgnored: (chosen: string, origin: string) =>
    `Выбран набор «${chosen}», но в книге есть лист «Настройка показателей» (создан из набора «${origin}»): показатели взяты с листа. ` +
    'Чтобы считать по набору, переименуйте или удалите лист.',
  noHeader:
    'Не найдена строка заголовков со столбцами «Код», «Вид» и «Условие»: лист не использован, показатели посчитаны по набору',
  skipped: (id: string) => (id ? `Строка пропущена — показатель ${id} не рассчитан.` : 'Строка пропущена.'),
  customSkipped: 'Столбец не объявлен: условия с ним не будут рассчитаны.',
} as const;

/** «Условие, позиция 18: …» — the column, the 1-based position in the text when there is one, the message. */
export function cellMessage(column: string, message: string, position?: number): string {
  return `${column}${position === undefined ? '' : `, позиция ${position + 1}`}: ${message}`;
}

/** Messages about a cell of the sheet that cannot be read. */
export const CATALOGUE_ERROR = {
  duplicateId: (id: string, firstRow: number) => `код ${id} уже есть в строке ${firstRow}`,
  unclosedQuote: 'Не закрыта кавычка',
  badCharacter: (ch: string) => `Недопустимый символ «${ch}»`,
} as const;
