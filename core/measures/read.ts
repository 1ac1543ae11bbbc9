/**
 * «Мероприятия» (workbook.md §8): the methodologist's register of measures taken — what, for which
 * criteria, where, who is responsible (a role), by when, in what state, decided in which period.
 * The program never writes this sheet; it reads it on every run so that each measure can be judged
 * against `История`. Columns are found by their names (those of «Рекомендации» are accepted too,
 * so rows copied from there read as measures). Bad values are `Проверка данных` lines, as for
 * rosters, and never stop the run.
 */
import { cellText, isBlank, type CellValue, type SheetData } from '../cells';
import type { Criterion } from '../criteria';
import type { Issue } from '../issues';
import { findTableHeader } from '../read/header';
import { orgKey } from '../read/organizations';
import { normalizeText } from '../text';
import {
  MEASURE_COLUMN_ALIASES,
  MEASURE_COLUMNS as COL,
  MEASURE_MSG as M,
  MEASURE_STATUS_WORDS,
  MUNICIPALITY_WORDS,
  type MeasureStatus,
} from '../texts/ru/measures';
import { REPORTED_MARK } from '../texts/ru/org-reports';
import { parseDate, UNKNOWN } from '../values';

export interface Measure {
  /** 1-based row of «Мероприятия». */
  readonly row: number;
  readonly title: string;
  /** Known criterion ids, in the order written. */
  readonly criterionIds: readonly string[];
  /** Organisation name as the workbook names it, or null for the municipality as a whole. */
  readonly organization: string | null;
  /** A role, as written (empty when not given). */
  readonly responsible: string;
  /** ISO date, or null when not given or unreadable. */
  readonly deadline: string | null;
  readonly status: MeasureStatus;
  /** The period in which it was decided, as written; null means the period before the current one. */
  readonly period: string | null;
}

const STATUS_BY_WORD = new Map<string, MeasureStatus>(
  (Object.entries(MEASURE_STATUS_WORDS) as [MeasureStatus, readonly string[]][]).flatMap(([status, words]) => words.map((w) => [normalizeText(w), status] as [string, MeasureStatus])),
);
const MUNICIPALITY_KEYS = new Set(MUNICIPALITY_WORDS.map(normalizeText));
const MARK_SUFFIX = ` ${normalizeText(REPORTED_MARK)}`;
const NAME_LEFT_OUT = '\u2026';

/** Splits «2.1; 2.3», «2.1, 2.3» or «2.1 2.3» into ids; a number cell (2.1) is its text. */
function idsOf(cell: CellValue): string[] {
  if (typeof cell === 'number') return [String(cell)];
  return cellText(cell)
    .split(/[;,\s]+/)
    .map((s) => s.replace(/[.)]+$/, ''))
    .filter((s) => s !== '');
}

/** A cell's whole text on one line (cellText shortens long text, which is for messages only). */
function fullText(cell: CellValue): string {
  return typeof cell === 'string' ? cell.replace(/\s+/g, ' ').trim() : cellText(cell);
}

export interface MeasureContext {
  readonly criteria: readonly Criterion[];
  /** Organisation names of this run (roster tabs and «Сведения ОО»). */
  readonly organizations: readonly string[];
  /** Whether a text is a worker's name (never shown): the reader's name index. */
  readonly isPersonName?: (text: string) => boolean;
}

export function readMeasures(sheet: SheetData, ctx: MeasureContext, issues: Issue[]): Measure[] {
  const header = findTableHeader(sheet.values, [COL.title, COL.criteria]) ?? findTableHeader(sheet.values, [MEASURE_COLUMN_ALIASES.title![0]!, COL.criteria]);
  if (!header) {
    if (sheet.values.some((r) => r.some((c) => !isBlank(c)))) {
      issues.push({ severity: 'warning', sheet: sheet.name, row: null, column: null, value: null, message: M.noHeader, code: 'measures' });
    }
    return [];
  }
  const column = (key: keyof typeof COL): { index: number | undefined; name: string } => {
    for (const name of [COL[key], ...(MEASURE_COLUMN_ALIASES[key] ?? [])]) {
      const index = header.indexOf(name);
      if (index !== undefined) return { index, name };
    }
    return { index: undefined, name: COL[key] };
  };
  const col = {
    title: column('title'),
    criteria: column('criteria'),
    organization: column('organization'),
    responsible: column('responsible'),
    deadline: column('deadline'),
    status: column('status'),
    period: column('period'),
  };
  const known = new Map(ctx.criteria.map((c) => [c.id, c.id]));
  // A number cell 2.1 is the id «2.1»; «2.10» typed as a number arrives as 2.1 and is matched only when unambiguous.
  const byNumber = new Map<number, string[]>();
  for (const c of ctx.criteria) if (/^\d+(\.\d+)?$/.test(c.id)) byNumber.set(Number(c.id), [...(byNumber.get(Number(c.id)) ?? []), c.id]);
  const orgs = new Map(ctx.organizations.map((o) => [orgKey(o), o]));

  const out: Measure[] = [];
  for (let r = header.rowIndex + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const at = (c: { index: number | undefined }): CellValue => (c.index === undefined ? null : cells[c.index]);
    if (Object.values(col).every((c) => isBlank(at(c)))) continue;
    const row = r + 1;
    const note = (severity: 'warning' | 'info', c: { name: string }, value: CellValue, message: string): void => {
      issues.push({ severity, sheet: sheet.name, row, column: c.name, value: isBlank(value) ? null : cellText(value), message, code: 'measures' });
    };
    let title = fullText(at(col.title));
    if (title === '') {
      note('warning', col.title, null, M.noTitle);
      continue;
    }
    // No worker's name reaches an output: a word of one in the text is left out (and said so).
    if (ctx.isPersonName?.(title)) {
      title = title
        .split(/(\s+)/)
        .map((w) => (w.trim() !== '' && ctx.isPersonName?.(w) ? NAME_LEFT_OUT : w))
        .join('');
      note('warning', col.title, null, M.nameInTitle);
    }
    const criteriaCell = at(col.criteria);
    const written = idsOf(criteriaCell);
    if (written.length === 0) {
      note('warning', col.criteria, null, M.noCriterion);
      continue;
    }
    const ids: string[] = [];
    const unknown: string[] = [];
    for (const w of written) {
      // A number cell 8.1 may have been typed as 8.1 or as 8.10: with both in the preset, nothing is guessed.
      const candidates = typeof criteriaCell === 'number' ? (byNumber.get(criteriaCell) ?? []) : [];
      const id = typeof criteriaCell === 'number' ? (candidates.length === 1 ? candidates[0] : undefined) : known.get(w);
      if (id === undefined) unknown.push(w);
      else if (!ids.includes(id)) ids.push(id);
    }
    if (unknown.length > 0) note('warning', col.criteria, criteriaCell, M.unknownCriteria(unknown, ids.length > 0));
    if (ids.length === 0) continue;

    let organization: string | null = null;
    const orgCell = at(col.organization);
    const orgText = cellText(orgCell);
    let key = normalizeText(orgText);
    if (key.endsWith(MARK_SUFFIX)) key = key.slice(0, -MARK_SUFFIX.length);
    if (key !== '' && !MUNICIPALITY_KEYS.has(key)) {
      organization = orgs.get(key) ?? orgText.replace(new RegExp(`\\s*\\(${REPORTED_MARK}\\)\\s*$`), '');
      if (!orgs.has(key)) note('warning', col.organization, orgCell, M.unknownOrganization);
    }

    let responsible = fullText(at(col.responsible));
    if (responsible !== '' && ctx.isPersonName?.(responsible)) {
      note('warning', col.responsible, null, M.personName);
      responsible = '';
    }

    let deadline: string | null = null;
    const deadlineCell = at(col.deadline);
    if (!isBlank(deadlineCell)) {
      const d = parseDate(deadlineCell ?? null);
      if (d === UNKNOWN || d === null) note('warning', col.deadline, deadlineCell, M.badDate);
      else deadline = d.toISOString().slice(0, 10);
    }

    let status: MeasureStatus = 'planned';
    const statusCell = at(col.status);
    if (isBlank(statusCell)) note('info', col.status, null, M.noStatus);
    else {
      const s = STATUS_BY_WORD.get(normalizeText(cellText(statusCell)));
      if (s) status = s;
      else note('warning', col.status, statusCell, M.badStatus);
    }

    const periodText = cellText(at(col.period));
    out.push({ row, title, criterionIds: ids, organization, responsible, deadline, status, period: periodText === '' ? null : periodText });
  }
  return out;
}
