/**
 * Every Russian text of the HTML analytical report (style.md habit 4): headings, table headers,
 * sentences with counts (with the right plural forms) and the names of kinds of data problems.
 */
import type { IssueCode, Severity } from '../../issues';
import { counted } from './plural';

export const R = {
  title: 'Аналитическая справка по результатам мониторинга состояния системы обеспечения профессионального развития педагогических работников',
  lead: (preset: string, period: string) => `${preset}. Отчётный период: ${period}.`,
  meta: (date: string, presetId: string, source: string) => `Дата отсчёта возраста: ${date}. Набор показателей: ${presetId}${source ? ` (${source})` : ''}.`,
  toc: 'Содержание',

  overview: 'Основные итоги',
  overviewText: (orgs: string, types: string, staff: string) => `В мониторинге участвовали ${orgs} (${types}); учтено ${staff}.`,
  criteriaText: (total: string, withTarget: number, met: number, below: number) =>
    `Из ${total} мониторинга целевое значение установлено для ${withTarget}: достигнуто — ${met}, не достигнуто — ${below}.`,
  noDataText: (n: number) => (n > 0 ? `По ${counted(n, 'критерию', 'критериям', 'критериям')} данных нет.` : 'Данные есть по всем критериям.'),
  cards: {
    organizations: 'организаций',
    staff: 'работников',
    met: 'целей достигнуто',
    below: 'целей не достигнуто',
    noTarget: 'без целевого значения',
    noData: 'нет данных',
    priority1: 'рекомендаций приоритета 1',
    warnings: 'замечаний к данным',
  },

  organizations: 'Организации — участники мониторинга',
  orgHeader: ['№', 'Организация', 'Тип', 'Работников'],
  orgTotal: 'Итого',
  typeInferred: 'тип определён по названию листа',
  typeNames: { ОО: 'общеобразовательная организация', ДОО: 'дошкольная образовательная организация', УДО: 'организация дополнительного образования' },

  tracks: 'Результаты по трекам',
  trackChart: (track: string) => `${track}: значения по муниципалитету, %`,
  trackChartLegend: { met: 'цель достигнута', below: 'цель не достигнута', none: 'без целевого значения', target: 'целевое значение' },
  indicatorHeader: ['№', 'Критерий', 'Цель', 'Значение по муниципалитету', 'Изменение', 'Статус'],
  ofSubject: (subject: string) => `в т.ч. ${subject}`,
  subjectsRosterOnly: (note: string, ids: string) => `${ids.includes(',') ? 'Критерии' : 'Критерий'} ${ids}: ${note}.`,
  comparison: 'Сравнение организаций',
  comparisonBasis: {
    targets: 'Критерии трека с целевыми значениями.',
    headline: 'У критериев трека нет целевых значений; для сравнения взят первый критерий-доля каждого показателя.',
  },
  comparisonChart: (track: string) => `${track}: сравнение организаций, %`,
  noDataMark: '—',
  criteriaList: (list: string) => `Критерии: ${list}.`,
  noDataNote: '«—» — нет данных: в организации нет работников этой категории или не заполнен нужный столбец.',

  dynamics: 'Динамика',
  noPrevious: 'Данных прошлого периода нет (в листе «История» нет предыдущего периода по этому набору показателей): динамика появится после расчёта следующего периода.',
  dynamicsText: (period: string, better: number, worse: number, same: number) =>
    `По сравнению с периодом ${period} улучшились значения ${counted(better, 'критерия', 'критериев', 'критериев')}, ухудшились — ${worse}, не изменились — ${same}.`,
  dynamicsHeader: (previous: string, current: string) => ['№', 'Критерий', previous, current, 'Изменение'],
  wasValue: (v: string) => `было «${v}»`,
  unchanged: 'без изменений',
  followUpTitle: (period: string) => `Выполненные рекомендации периода ${period}`,
  followUpNone: 'Ни одна рекомендация прошлого периода пока не выполнена полностью.',

  recommendations: 'Рекомендации и управленческие решения',
  decisions: 'Управленческие решения (первоочередные)',
  noDecisions: 'Первоочередных управленческих решений не требуется: целевые значения достигнуты, зон внимания нет.',
  basis: 'Основание: ',
  addressee: 'Адресат: ',
  priority: (p: number, n: number) => `Приоритет ${p} (${counted(n, 'рекомендация', 'рекомендации', 'рекомендаций')})`,
  practices: (n: number) => `Успешные практики (${n})`,
  noRecommendations: 'Рекомендаций нет: целевые значения достигнуты, зон внимания не выявлено.',
  recHeader: ['Адресат', 'Критерий', 'Значение', 'Рекомендация'],
  recOrgHeader: 'Организация',
  municipalRecommendations: 'Рекомендации муниципальной методической службе и Управлению образования',
  noMunicipalRecommendations: 'По муниципалитету в целом целевые значения достигнуты.',
  orgPages: 'Адресные рекомендации организациям',
  orgPage: (name: string, type: string) => `${name} (${type})`,
  orgPageLead: (staff: number, open: number, practices: number) =>
    `В мониторинге ${counted(staff, 'работник', 'работника', 'работников')}. Рекомендаций: ${open}; успешных практик: ${practices}. Страница предназначена для передачи руководителю организации.`,
  orgNothing: 'Рекомендаций нет: целевые значения достигнуты, зон внимания не выявлено.',
  orgNothingButDeficits: 'По показателям мониторинга рекомендаций нет: целевые значения достигнуты. Рекомендации по профессиональным дефицитам педагогов — ниже.',
  priorityShort: (p: number) => `приоритет ${p}`,

  quality: 'Качество данных',
  qualityText: (errors: number, warnings: number, infos: number) =>
    `Проверка данных: ${counted(errors, 'ошибка', 'ошибки', 'ошибок')}, ${counted(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}, ${counted(infos, 'сведение', 'сведения', 'сведений')}. ` +
    'Строки и значения с предупреждениями не учтены в показателях; подробный перечень — на листе «Проверка данных».',
  qualityNone: 'Замечаний к данным нет.',
  qualityHeader: ['Вид замечания', 'Уровень', 'Количество', 'Листов'],
  footer: 'Справка сформирована программой pedmonitor по данным книги мониторинга. Персональные данные работников в справку не включаются: приводятся только сводные значения по организациям и муниципалитету.',
  /** Counts inside the overview's sentences. */
  organizationsCount: (n: number) => counted(n, 'организация', 'организации', 'организаций'),
  staffCount: (n: number) => counted(n, 'работник', 'работника', 'работников'),
  criteriaCount: (n: number) => counted(n, 'критерия', 'критериев', 'критериев'),
  /** Units after a change: " п.п.", " чел.". */
  changeUnit: { points: ' п.п.', people: ' чел.' },
  periodColumn: (p: string) => `Период ${p}`,
  comparisonColumns: { organization: 'Организация', type: 'Тип' },
  /** A chart bar's tooltip: "Школа 1: 85,3 %, цель 90 %". */
  barTitle: (label: string, value: string, target: string | null) => `${label}: ${value}${target === null ? '' : `, цель ${target}`}`,

} as const;

export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: 'ошибка', warning: 'предупреждение', info: 'сведения' };

/** Kinds of data problems as a methodologist names them; a kind not listed reads «Прочие замечания». */
export const ISSUE_KINDS: Readonly<Partial<Record<IssueCode, string>>> = {
  'unknown-value': 'Значение не распознано',
  'missing-value': 'Не заполнены значения',
  implausible: 'Неправдоподобное значение',
  'totals-row': 'Строка итогов пропущена',
  'empty-name': 'Строка без ФИО пропущена',
  duplicate: 'Работник указан в листе дважды',
  'part-timer': 'Совместитель в двух организациях',
  'no-header': 'Лист без строки заголовков',
  'empty-tab': 'Лист без данных',
  'missing-column': 'Нет столбца',
  'duplicate-column': 'Столбец повторяется',
  'inferred-category': 'Категория работника определена по должности',
  'inferred-type': 'Тип организации определён по названию листа',
  'org-without-tab': 'Организация без листа',
  'tab-not-listed': 'Лист не указан в «Организациях»',
  setting: 'Настройки',
  municipality: 'Лист «Муниципалитет»',
  organizations: 'Лист «Организации»',
  'criterion-no-data': 'Критерий без данных',
};
export const OTHER_ISSUES = 'Прочие замечания';

/** Units that keep their number on the same line (non-breaking space before them). */
export const UNIT_AFTER_NUMBER = /(\d) (%|п\.п\.|чел\.)/g;

/** The stem of the report's file name when a host offers it for download: «Аналитическая справка 2023-2024.html». */
export const REPORT_FILE_STEM = 'Аналитическая справка';
