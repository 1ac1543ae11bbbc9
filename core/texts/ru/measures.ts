/**
 * Every Russian word of «Мероприятия» (workbook.md §8) and of the effect of measures: the sheet's
 * columns (laid out to line up with the table of «Рекомендации», so a recommendation's row can be
 * copied into the register), the statuses, the verdicts, the messages about bad rows, and the
 * texts of the section «Эффективность принятых мер» in «Рекомендации», the report and the
 * sidebar / task pane summary.
 */
import { plural } from './plural';

const q = (s: string): string => `«${s}»`;

/** Columns the program reads from «Мероприятия». */
export const MEASURE_COLUMNS = {
  title: 'Мероприятие',
  criteria: 'Критерий',
  organization: 'Организация',
  responsible: 'Ответственный',
  deadline: 'Срок',
  status: 'Статус',
  period: 'Период',
} as const;

/** Other headers accepted for a column (a row copied together with the header of «Рекомендации»). */
export const MEASURE_COLUMN_ALIASES: Readonly<Partial<Record<keyof typeof MEASURE_COLUMNS, readonly string[]>>> = {
  title: ['Рекомендация', 'Мера', 'Управленческое решение'],
  responsible: ['Адресат', 'Ответственные'],
  criteria: ['Критерии', 'Код'],
  deadline: ['Срок исполнения', 'Срок выполнения'],
};

/**
 * How a header of «Рекомендации» is named in «Мероприятия» at the same position: the columns the
 * program reads take their own names, the others keep theirs (informative, never read).
 */
export const RECOMMENDATION_TO_MEASURE_HEADER: Readonly<Record<string, string>> = {
  'Адресат': MEASURE_COLUMNS.responsible,
  'Рекомендация': MEASURE_COLUMNS.title,
  'Статус': 'Отметка рекомендации',
  'Значение': 'Значение при решении',
  'Вид': 'Основание',
};

export type MeasureStatus = 'planned' | 'inProgress' | 'done' | 'cancelled';

export const MEASURE_STATUS: Readonly<Record<MeasureStatus, string>> = {
  planned: 'запланировано',
  inProgress: 'выполняется',
  done: 'выполнено',
  cancelled: 'отменено',
};

/** Other spellings of a status (normalised): what people type. */
export const MEASURE_STATUS_WORDS: Readonly<Record<MeasureStatus, readonly string[]>> = {
  planned: ['запланировано', 'запланирован', 'запланирована', 'план', 'планируется', 'новая', 'повторно'],
  inProgress: ['выполняется', 'в работе', 'в процессе', 'реализуется', 'исполняется'],
  done: ['выполнено', 'выполнен', 'выполнена', 'исполнено', 'реализовано', 'завершено'],
  cancelled: ['отменено', 'отменен', 'отменена', 'не актуально'],
};

/** The organisation of a measure for the municipality as a whole (also the empty cell). */
export const MUNICIPALITY_WORDS = ['муниципалитет', 'муниципалитет итог', 'муниципальный уровень', 'мо'];

export type Verdict = 'achieved' | 'improved' | 'unchanged' | 'worse' | 'noData';

export const VERDICT: Readonly<Record<Verdict, string>> = {
  achieved: 'цель достигнута',
  improved: 'улучшение',
  unchanged: 'без изменений',
  worse: 'ухудшение',
  noData: 'нет данных для сравнения',
};

export const OVERDUE = 'просрочено';

export const MEASURE_MSG = {
  noHeader: `Не найдена строка заголовков со столбцами ${q(MEASURE_COLUMNS.title)} и ${q(MEASURE_COLUMNS.criteria)} (в первых 10 строках): мероприятия не оценены`,
  noTitle: 'Не указано мероприятие: строка не учтена',
  noCriterion: 'Не указан критерий: мероприятие не оценено',
  unknownCriteria: (ids: readonly string[], any: boolean) =>
    `${plural(ids.length, 'Критерия', 'Критериев', 'Критериев')} ${ids.join(', ')} нет в наборе показателей: ${any ? 'мероприятие оценено по остальным' : 'мероприятие не оценено'}`,
  unknownOrganization: 'Такой организации нет в книге: мероприятие оценено по данным листа «История», если они есть',
  badDate: 'Срок не распознан (ожидается дата ДД.ММ.ГГГГ): просрочка не проверяется',
  badStatus: `Статус не распознан (ожидается ${Object.values(MEASURE_STATUS).join(', ')}): считается «запланировано»`,
  noStatus: 'Статус не указан: считается «запланировано»',
  nameInTitle: 'В тексте мероприятия есть слово, похожее на ФИО работника: в листах результатов оно заменено многоточием',
  personName: 'Похоже на ФИО: в графе «Ответственный» указывается должность или роль (не выводится)',
} as const;

/** Texts of the section «Эффективность принятых мер». */
export const MEASURE_TEXT = {
  section: 'Эффективность принятых мер',
  sectionNote: (period: string) =>
    `Каждое мероприятие листа «Мероприятия» (кроме отменённых) сопоставлено со значением критерия в периоде принятия решения (лист «История») и в периоде ${period}. «Без изменений» — изменение не более 0,1 п.п.; «просрочено» — срок прошёл на дату отсчёта, а мероприятие не выполнено.`,
  none: 'На листе «Мероприятия» нет мероприятий для оценки.',
  counts: (measures: number, worked: number, overdue: number) =>
    `Мероприятий: ${measures}; дали результат (цель достигнута или улучшение): ${worked}; просрочено: ${overdue}.`,
  summaryLine: (measures: number, worked: number, overdue: number) =>
    `Мероприятий оценено: ${measures}, дали результат: ${worked}${overdue > 0 ? `, просрочено: ${overdue}` : ''} — см. «Эффективность принятых мер» на листе «Рекомендации».`,
  was: (period: string, value: string) => `было ${value} (${period})`,
  now: (period: string, value: string) => `стало ${value} (${period})`,
  noBefore: (period: string) => `в листе «История» нет значения за ${period}`,
  samePeriod: 'мероприятие принято в текущем периоде: сравнивать пока не с чем',
  noNow: 'сейчас значения нет',
  deadline: (date: string) => `срок ${date}`,
  responsible: (who: string) => `ответственный: ${who}`,
  change: (text: string) => `изменение ${text}`,
  /** The recommendation that an open measure already covers. */
  covered: (title: string, status: string, details: string) =>
    `По этому критерию уже принято мероприятие ${q(title)} (статус ${q(status)}${details}): новая рекомендация не формируется, результат будет оценён в разделе «Эффективность принятых мер».`,
  coveredOverdue: ' Срок мероприятия истёк — оно просрочено.',
  coveredMark: 'мера принята',
  header: ['Организация', 'Мероприятие', 'Критерий', 'Было', 'Стало', 'Изменение', 'Оценка'] as readonly string[],
  reportIntro: (measures: number, worked: number) =>
    `Оценено ${measures} ${plural(measures, 'мероприятие', 'мероприятия', 'мероприятий')} листа «Мероприятия»; дали результат — ${worked}.`,
  municipality: 'Муниципалитет',
} as const;

/** Units and words of values. */
export const UNIT = { pp: ' п.п.', people: ' чел.', yes: 'да', no: 'нет' } as const;
