/**
 * Sentences about how much of the monitoring could be computed (core/output/coverage.ts): how
 * many criteria have no data and which columns each organisation lacks.
 */
import { plural } from './plural';

export const COVERAGE_TEXT = {
  head: (noData: number, criteria: number) => `Не удалось рассчитать ${noData} из ${criteria} ${plural(criteria, 'критерия', 'критериев', 'критериев')}: нет данных в книге`,
  noSheets: ' (нет нужных листов или строк в «Муниципалитет» и «Организации»).',
  organization: (name: string, criteria: number, columns: string, columnCount: number) =>
    `${name} — ${criteria} ${plural(criteria, 'критерий', 'критерия', 'критериев')}${columns ? ` (нет ${columnCount === 1 ? 'столбца' : 'столбцов'} ${columns})` : ''}`,
  quoted: (s: string) => `«${s}»`,
  moreColumns: (n: number) => ` и ещё ${n}`,
  moreOrganizations: (n: number) => `; и ещё ${n} ${plural(n, 'организация', 'организации', 'организаций')}`,
  byOrganization: (head: string, list: string, more: string) => `${head}. Без данных по организациям: ${list}${more}. Добавьте столбцы в листы организаций и пересчитайте.`,
  noConclusion: (sentence: string) => `Вывод о достижении целевых значений сделать нельзя: большинство критериев не рассчитано. ${sentence}`,
} as const;
