/**
 * `Проверка данных`: every problem the reader and the engine found, most severe first, each with
 * the sheet, row, column and the offending value, so a methodologist can go straight to the cell.
 */
import type { Issue, Severity } from '../issues';
import { plural } from '../texts/ru/plural';
import { MSG } from '../texts/ru/messages';
import { formatRowRanges } from '../read/row-ranges';
import { SHEET } from '../read/workbook';
import type { ComputeResult } from '../result';
import { SheetBuilder, type OutputSheet } from './table';

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'ошибка',
  warning: 'предупреждение',
  info: 'сведения',
};

export function buildProblemsSheet(result: Pick<ComputeResult, 'issues'>): OutputSheet {
  const b = new SheetBuilder(SHEET.problems, [120, 200, 70, 220, 160, 560]);
  b.row(['Проверка данных'], 'title');
  b.row([summaryLine(result.issues)], 'muted');
  b.row(['Уровень', 'Лист', 'Строка', 'Столбец', 'Значение', 'Что не так и что сделано'], 'header');
  if (result.issues.length === 0) b.row(['', '', '', '', '', 'Проблем в данных не найдено'], 'info');
  for (const issue of result.issues) {
    b.row([
      { value: SEVERITY_LABELS[issue.severity], tone: issue.severity },
      issue.sheet || 'вся книга',
      issue.row ?? (issue.rows && issue.rows.length > 0 ? formatRowRanges(issue.rows, issue.moreRows ?? 0, MSG.andMoreRows) : null),
      issue.column ?? '',
      issue.value ?? '',
      issue.message,
    ]);
  }
  return b.build({ frozenRows: 3, frozenColumns: 0, wrapColumns: [1, 2, 3, 4, 5], filterHeaderRow: 2 });
}

export function summaryLine(issues: readonly Issue[]): string {
  const count = (s: Severity) => issues.filter((i) => i.severity === s).length;
  const w = count('warning');
  const e = count('error');
  const i = count('info');
  const parts = [
    e > 0 ? `${e} ${plural(e, 'ошибка', 'ошибки', 'ошибок')}` : null,
    `${w} ${plural(w, 'предупреждение', 'предупреждения', 'предупреждений')}`,
    `${i} ${plural(i, 'сведение', 'сведения', 'сведений')}`,
  ].filter((x): x is string => x !== null);
  return `Найдено: ${parts.join(', ')}. Предупреждения означают, что строка или значение не учтены: исправьте их и пересчитайте.`;
}
