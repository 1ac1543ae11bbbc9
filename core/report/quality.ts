/**
 * Data quality in the report: how many problems of each kind the check found and on how many
 * sheets — counts, not every line (the lines are on the `Проверка данных` sheet), so the page
 * says how far the figures can be trusted without repeating the workbook.
 */
import type { Issue, Severity } from '../issues';
import type { RunPlan } from '../run-plan';
import { el, num, type Html } from './html';
import { table, type Row } from './table';
import { ISSUE_KINDS, OTHER_ISSUES, R, SEVERITY_NAMES } from '../texts/ru/report';

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const CLASS: Readonly<Record<Severity, string | undefined>> = { error: 's-error', warning: 's-warning', info: undefined };

interface KindCount {
  readonly severity: Severity;
  readonly kind: string;
  count: number;
  readonly sheets: Set<string>;
}

export function countByKind(issues: readonly Issue[]): KindCount[] {
  const groups = new Map<string, KindCount>();
  for (const i of issues) {
    const kind = ISSUE_KINDS[i.code] ?? OTHER_ISSUES;
    const key = `${i.severity}\u0000${kind}`;
    const g = groups.get(key) ?? { severity: i.severity, kind, count: 0, sheets: new Set<string>() };
    g.count++;
    if (i.sheet) g.sheets.add(i.sheet);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || b.count - a.count || a.kind.localeCompare(b.kind, 'ru'));
}

export function qualitySection(plan: RunPlan, heading: string, id: string): Html {
  const issues = plan.result.issues;
  if (issues.length === 0) return el('section', { id }, el('h2', null, heading), el('p', null, R.qualityNone));
  const sev = (s: Severity) => issues.filter((i) => i.severity === s).length;
  const [kind, level, count, sheets] = R.qualityHeader;
  const rows: Row[] = countByKind(issues).map((g) => ({
    cells: [g.kind, { content: SEVERITY_NAMES[g.severity], className: CLASS[g.severity] }, num(g.count, 0), g.sheets.size === 0 ? '—' : num(g.sheets.size, 0)],
  }));
  return el('section', { id },
    el('h2', null, heading),
    el('p', null, R.qualityText(sev('error'), sev('warning'), sev('info'))),
    table([{ header: kind, width: 52 }, { header: level, width: 20 }, { header: count, width: 14, numeric: true }, { header: sheets, width: 14, numeric: true }], rows));
}
