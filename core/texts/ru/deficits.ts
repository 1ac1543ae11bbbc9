/**
 * Every Russian text of the deficits part (the «Дефициты» sheet, its block in «Сводка», its
 * section of the report, its recommendations, its lines in «Проверка данных» and «История»), in
 * one place, so wording is changed once and the sheet, the report and the recommendations name
 * the kinds the same way.
 */
import type { DeficitKey } from '../../deficits/kinds';
import { plural } from './plural';

/** The kinds as a heading says them, and in the genitive for a sentence («дефицит … компетенций»). */
export const KIND_LABELS: Readonly<Record<DeficitKey, string>> = {
  deficitSubject: 'Предметные',
  deficitMethod: 'Методические',
  deficitPsych: 'Психолого-педагогические',
  deficitComm: 'Коммуникативные',
  deficitDigital: 'Цифровые',
};

export const KIND_GENITIVE: Readonly<Record<DeficitKey, string>> = {
  deficitSubject: 'предметных',
  deficitMethod: 'методических',
  deficitPsych: 'психолого-педагогических',
  deficitComm: 'коммуникативных',
  deficitDigital: 'цифровых',
};

/** Further-training themes that answer each kind (for the plan of ПК the recommendation asks for). */
export const KIND_REMEDY: Readonly<Record<DeficitKey, string>> = {
  deficitSubject: 'программы ФР ДПП по предметному содержанию и методике преподавания предмета, предметные стажировки',
  deficitMethod: 'программы по методике, формирующему оцениванию и функциональной грамотности, методические семинары ГМК',
  deficitPsych: 'программы по психолого-педагогическому сопровождению, инклюзии и работе с детьми с ОВЗ, супервизии с педагогом-психологом',
  deficitComm: 'тренинги профессиональной коммуникации и взаимодействия с родителями, наставничество',
  deficitDigital: 'программы по цифровой образовательной среде (ФГИС «Моя школа», ЦОК) и практикумы в ОО',
};

export const D = {
  sheetTitle: (period: string) => `Профессиональные дефициты педагогических работников по результатам региональной диагностики: период ${period}`,
  sheetNote: (threshold: string, min: number) =>
    'Доля каждого дефицита и «зоны риска» (два дефицита и более) — от прошедших региональную диагностику педагогических работников; ' +
    '«с маршрутом» — ИОМ ЦНППМ или ИППР, от тех, у кого выявлен хотя бы один дефицит. Итог по муниципалитету — отношение сумм. ' +
    `Красным — отставание от муниципалитета на ${threshold} п.п. и более (доля дефицита выше, доля с маршрутом ниже); ` +
    `серым — меньше ${min} прошедших диагностику (мало данных, без выделения). Пустая ячейка — нет данных.`,
  byOrganization: 'По организациям',
  bySubject: 'По предметам (муниципалитет)',
  byOrganizationSubject: 'По организациям и предметам',
  dynamics: (previous: string) => `Динамика к периоду ${previous} (муниципалитет)`,
  stale:
    'В этом расчёте ни на одном листе организации нет столбцов «Дефицит: …»: цифры прошлого расчёта с этого листа убраны, ' +
    'чтобы их не приняли за текущие. Добавьте столбцы дефицитов и рассчитайте снова.',
  noPrevious: 'Данных прошлого периода на листе «История» нет: динамика появится при следующем расчёте.',
  orgHeader: 'Организация',
  subjectHeader: 'Предмет',
  typeHeader: 'Тип',
  orgCountHeader: 'ОО',
  diagnosedHeader: 'Прошли диагностику, чел.',
  kindCount: (label: string) => `${label}, чел.`,
  kindShare: (label: string) => `${label}, %`,
  riskCount: 'Зона риска (2 и более), чел.',
  riskShare: 'Зона риска, %',
  withDeficitHeader: 'С дефицитом, чел.',
  routedCount: 'С дефицитом и маршрутом, чел.',
  routedShare: 'С маршрутом, % от имеющих дефицит',
  unroutedHeader: 'Без маршрута, чел.',
  noColumns: 'нет столбцов «Дефицит: …»',
  dynamicsHeader: ['Показатель', 'Было, %', 'Стало, %', 'Изменение, п.п.'] as const,
  riskLabel: 'Зона риска (2 дефицита и более)',
  routedLabel: 'Имеющие дефицит, у которых есть маршрут (ИОМ ЦНППМ или ИППР)',
  /** «Сводка» block. */
  summaryTitle: 'Профессиональные дефициты (региональная диагностика)',
  summaryHeader: ['', 'Дефицит', 'Доля, %', 'Чел.'] as const,
  summaryChart: 'Доля педагогов с дефицитом, % от прошедших региональную диагностику',
  summaryNote: (diagnosed: number, unrouted: number | null) =>
    `Прошли региональную диагностику: ${diagnosed} чел.${unrouted === null ? '' : `; имеют дефицит, но не имеют маршрута (ИОМ ЦНППМ или ИППР): ${unrouted} чел.`} Подробно — лист «Дефициты».`,
  summaryNobody: 'Столбцы «Дефицит: …» есть, но прошедших региональную диагностику педагогов нет: дефициты не рассчитаны.',
  kindAxis: 'Дефицит',
  percentAxis: '% прошедших диагностику',
} as const;

/** Names of the deficit figures in «История» (as criteria are named there). */
export const HISTORY_NAMES = {
  kind: (key: DeficitKey) => `Дефицит: ${KIND_LABELS[key].toLowerCase()} (доля от прошедших диагностику)`,
  risk: 'Дефициты: зона риска, 2 и более (доля от прошедших диагностику)',
  routed: 'Дефициты: с маршрутом (ИОМ ЦНППМ или ИППР) среди имеющих дефицит',
} as const;

/** Ids of the deficit figures in «История»: ПД = профессиональные дефициты, as the regulation abbreviates. */
export const SERIES_IDS = {
  deficitSubject: 'ПД.1',
  deficitMethod: 'ПД.2',
  deficitPsych: 'ПД.3',
  deficitComm: 'ПД.4',
  deficitDigital: 'ПД.5',
  risk: 'ПД.6',
  routed: 'ПД.7',
} as const;

export const SERIES_LABELS = {
  risk: 'Зона риска (2 и более)',
  routed: 'С маршрутом среди имеющих дефицит',
} as const;

/** «Проверка данных» lines. */
export const DEFICIT_MESSAGES = {
  noColumns: 'На листе нет столбцов «Дефицит: …»: организация показана на листе «Дефициты» без данных и не входит в итог по муниципалитету',
  missingColumn: 'Столбец не найден: соответствующие графы листа «Дефициты» для этой организации — «нет данных»',
} as const;

/** Genitive after «для»: для 1 человека, 2 человек, 5 человек, 21 человека. */
const forPersons = (n: number): string => `${n} ${plural(n, 'человека', 'человек', 'человек')}`;
const teachers = (n: number): string => `${n} ${plural(n, 'педагог', 'педагога', 'педагогов')}`;

/** Recommendations from deficits (deficits/recommend.ts). */
export const DR = {
  addressees: {
    municipal: 'Муниципальная методическая служба (МКУ ИМЦ), ЦНППМ',
    association: 'Руководители ГМК и школьных методических объединений',
    director: 'Руководитель ОО',
  },
  thin: ' Мало данных: выводы предварительные.',
  share: (num: number, den: number, value: string) => `${num} из ${den} (${value} %)`,
  noData: 'нет данных',
  listed: (name: string, n: number) => `${name} — ${n}`,
  more: (shown: string, rest: number) => `${shown} и ещё ${rest}`,
  kindName: (key: DeficitKey) => `Дефицит: ${KIND_LABELS[key].toLowerCase()}`,
  kindSubjectName: (key: DeficitKey, subject: string) => `Дефицит: ${KIND_LABELS[key].toLowerCase()} — ${subject}`,
  riskName: 'Зона риска (2 дефицита и более)',
  routedName: 'С маршрутом среди имеющих дефицит',
  municipalKind: (first: boolean, key: DeficitKey, share: string, n: number, orgs: string, subjects: string) =>
    `${first ? 'Преобладающий дефицит' : 'Также распространён дефицит'} ${KIND_GENITIVE[key]} компетенций: ${share} прошедших региональную диагностику. ` +
    `Спланировать с ЦНППМ повышение квалификации для ${forPersons(n)}` +
    `${orgs ? ` (по организациям: ${orgs}` : ''}${orgs && subjects ? `; по предметам: ${subjects})` : orgs ? ')' : ''}. ` +
    `Содержание: ${KIND_REMEDY[key]}; включить эти программы в ИОМ педагогов.`,
  municipalRisk: (share: string, orgs: string) =>
    `Зона риска: у ${share} прошедших диагностику выявлено два дефицита и более${orgs ? ` (${orgs})` : ''}. ` +
    'Включить этих педагогов в ИОМ на базе ЦНППМ в первую очередь, с тьюторским сопровождением и куратором ИОМ.',
  association: (subject: string, key: DeficitKey, share: string, municipal: string | null, orgs: string) =>
    `Предмет «${subject}»: чаще всего выявлен дефицит ${KIND_GENITIVE[key]} компетенций — ${share} прошедших диагностику` +
    `${municipal === null ? '' : ` (по муниципалитету — ${municipal} %)`}${orgs ? `; по организациям: ${orgs}` : ''}. ` +
    'Включить в план ГМК и ШМО по предмету практико-ориентированные мероприятия по этой теме (открытые уроки, мастер-классы, ' +
    'разбор заданий диагностики), закрепить наставников из числа педагогов без этого дефицита.',
  director: (none: number, share: string, municipal: string | null, risk: number) =>
    `${teachers(none)} с выявленным по итогам диагностики дефицитом не ${plural(none, 'имеет', 'имеют', 'имеют')} маршрута (ни ИОМ ЦНППМ, ни ИППР); ` +
    `маршрут есть у ${share} имеющих дефицит${municipal === null ? '' : ` (по муниципалитету — ${municipal} %)`}. ` +
    'Разработать для них ИППР в ОО или направить заявки на ИОМ в ЦНППМ, назначить куратора и отслеживать выполнение ежеквартально.' +
    (risk > 0 ? ` В зоне риска (два дефицита и более) — ${teachers(risk)}: им маршрут нужен в первую очередь.` : ''),
  /** After an organisation page's counts, when it has deficit recommendations. */
  pageCount: (n: number) => ` Рекомендаций по профессиональным дефицитам педагогов: ${n}.`,
  directorSubjects: (list: string) => ` Без маршрута по предметам: ${list}.`,
  trend: (period: string, before: string, change: 'same' | 'better' | 'worse', by: string) =>
    ` За период ${period} было ${before}: ${change === 'same' ? 'без изменений.' : `${change === 'better' ? 'улучшение' : 'ухудшение'} на ${by} п.п.`}`,
  /** «Рекомендации» section. */
  municipalSectionTitle: 'Профессиональные дефициты по результатам диагностики: муниципальной методической службе, ЦНППМ и методическим объединениям',
  directorSectionTitle: 'Профессиональные дефициты педагогов по результатам диагностики: руководителю организации',
  onlyDirectors: 'Рекомендации по дефицитам адресованы руководителям организаций — на страницах организаций.',
  kind: 'дефициты',
  thinKind: 'дефициты (мало данных)',
  none: 'Дефицитов у прошедших диагностику не выявлено, или все педагоги с дефицитом имеют маршрут.',
  withSubject: (addressee: string, subject: string) => `${addressee} (${subject})`,
} as const;

/** The report section (report/deficits.ts). */
export const DREPORT = {
  heading: 'Профессиональные дефициты по результатам диагностики',
  none: 'Прошедших региональную диагностику педагогов с данными о дефицитах нет.',
  lead: (diagnosed: number, withDeficit: number | null) =>
    `Региональную диагностику прошли ${diagnosed} ${plural(diagnosed, 'педагогический работник', 'педагогических работника', 'педагогических работников')}` +
    (withDeficit === null ? '.' : `; хотя бы один профессиональный дефицит выявлен у ${withDeficit}.`),
  dominant: (kind: string, value: string) => `Преобладают дефициты ${kind} компетенций (${value} прошедших диагностику).`,
  risk: (value: string) => `В зоне риска (два дефицита и более) — ${value}.`,
  routes: (none: number, share: string) =>
    `Маршрут (ИОМ ЦНППМ или ИППР) есть у ${share} имеющих дефицит; без маршрута — ${none} ${plural(none, 'человек', 'человека', 'человек')}.`,
  chart: 'Доля педагогов с дефицитом, % от прошедших региональную диагностику',
  byOrganization: 'По организациям',
  bySubject: 'По предметам',
  dynamics: (previous: string) => `Динамика к периоду ${previous}`,
  recommendations: 'Рекомендации по итогам анализа дефицитов',
  recommendationsWhere: 'Рекомендации по дефицитам — в разделе «Рекомендации и управленческие решения»: муниципальной методической службе, ЦНППМ и методическим объединениям — в муниципальной части, руководителям — на страницах своих организаций.',
  noData: 'нет данных',
  subjectsTop: (list: string) => `Больше всего педагогов с дефицитами среди прошедших диагностику — по предметам: ${list}.`,
  placesTop: (list: string) => `Наибольшая доля «зоны риска» — в организациях: ${list}.`,
  subjectShare: (subject: string, n: number, of: number) => `${subject} (${n} из ${of})`,
  placeRisk: (name: string, value: string) => `${name} (зона риска ${value})`,
  percent: (value: string) => `${value} %`,
  change: (arrow: string, value: string) => `${arrow}${value} п.п.`,
  columns: {
    organization: 'Организация',
    subject: 'Предмет',
    diagnosed: 'Прошли диагностику',
    risk: 'Зона риска',
    routed: 'С маршрутом',
    unrouted: 'Без маршрута, чел.',
  },
  dynamicsColumns: ['Показатель', 'Было', 'Стало', 'Изменение'] as const,
  dash: '—',
} as const;
