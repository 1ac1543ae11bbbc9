/**
 * Every Russian text of the `Сводка` sheet and its charts, in one place (style.md habit 4).
 */

const ruDate = (iso: string): string => iso.split('-').reverse().join('.');

/** "Трек 2" from "Трек 2. Устранение дефицита…", or the whole name when it has no number. */
export function trackLabel(track: string): string {
  return /^(Трек\s+\d+)/.exec(track)?.[1] ?? track;
}

export const S = {
  title: (preset: string) => `Сводка мониторинга: ${preset}`,
  subtitle: (period: string, referenceDate: string, presetId: string, previous: string | null) =>
    `Отчётный период: ${period} · дата отсчёта: ${ruDate(referenceDate)} · набор показателей: ${presetId}` +
    (previous ? ` · изменение — к периоду ${previous}` : ' · прошлого периода в листе «История» нет'),
  keyTitle: 'Основные итоги',
  keyHeader: ['Показатель', 'Значение'],
  organizations: 'Организаций',
  ofType: (type: string) => `в т.ч. ${type}`,
  staff: 'Работников (учтённых строк)',
  criteria: 'Критериев мониторинга',
  status: {
    met: 'Целевое значение достигнуто',
    below: 'Целевое значение не достигнуто',
    noTarget: 'Без целевого значения',
    noData: 'Нет данных',
  },
  priority: (p: number) => `Рекомендаций приоритета ${p}`,
  practices: 'Успешных практик',
  decisions: 'Управленческих решений',
  issues: {
    error: 'Замечаний к данным: ошибок',
    warning: 'Замечаний к данным: предупреждений',
    info: 'Замечаний к данным: сведений',
  },
  better: (period: string) => `Улучшилось к периоду ${period}`,
  worse: (period: string) => `Ухудшилось к периоду ${period}`,
  same: (period: string) => `Без изменений к периоду ${period}`,

  targetTitle: 'Значение по муниципалитету и целевое значение',
  targetHeader: ['№', 'Критерий', 'Значение по муниципалитету', 'Целевое значение', 'Статус'],
  targetNote: 'Цель проверяется по значению, округлённому до 0,1, как оно показано. Пустая ячейка — нет данных.',
  noTargets: 'В наборе показателей нет критериев с числовым целевым значением.',
  targetChart: 'Значение по муниципалитету и целевое значение, %',
  criterionAxis: 'Критерий',
  percentAxis: 'Доля, %',

  trackTitle: (track: string) => `Сравнение организаций: ${track}`,
  trackBasis: {
    targets: 'Критерии трека с целевыми значениями (доли, %).',
    headline: 'Первый критерий-доля каждого показателя трека (целевых значений у критериев трека нет), %.',
  },
  typeHeader: 'Тип',
  orgHeader: 'Организация',
  emptyMeansNoData: 'Пустая ячейка — нет данных (в организации нет работников этой категории или не заполнен нужный столбец).',
  trackChart: (track: string) => `${trackLabel(track)}: сравнение организаций, %`,
  orgAxis: 'Организация',

  changeTitle: 'Изменение к прошлому периоду',
  changeHeader: ['№', 'Критерий', 'Изменение'],
  periodHeader: (period: string) => `Период ${period}`,
  noPrevious: 'Прошлого периода в листе «История» нет: изменения появятся после расчёта следующего периода.',
  nothingToCompare: 'Ни один критерий нельзя сравнить с прошлым периодом: нет значений за оба периода.',
} as const;
