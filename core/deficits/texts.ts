/**
 * Every Russian text of the deficits part (the «Дефициты» sheet, its block in «Сводка», its
 * section of the report, its recommendations), in one place, so wording is changed once and the
 * sheet, the report and the recommendations name the kinds the same way.
 */
import type { DeficitKey } from './kinds';

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
  kindAxis: 'Дефицит',
  percentAxis: '% прошедших диагностику',
} as const;

/** Names of the deficit figures in «История» (as criteria are named there). */
export const HISTORY_NAMES = {
  kind: (key: DeficitKey) => `Дефицит: ${KIND_LABELS[key].toLowerCase()} (доля от прошедших диагностику)`,
  risk: 'Дефициты: зона риска, 2 и более (доля от прошедших диагностику)',
  routed: 'Дефициты: с маршрутом (ИОМ ЦНППМ или ИППР) среди имеющих дефицит',
} as const;
