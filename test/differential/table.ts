/**
 * The plain, normalised table the differential test loads into HyperFormula: one row per counted
 * person with the organisation, its type, the staff category, the position, each yes/no as
 * «да»/«нет», numbers as numbers and the contest level as its rank. «?» marks an unknown value and
 * «н/д» a column the person's tab does not have, so no COUNTIFS criterion ever matches either.
 *
 * Two independent ways build it: `tableFromModel` from a generated workbook's truth, and
 * contract-reader.ts from the cells (for the example workbook, which has no truth to read).
 */
import { YES_NO_KEYS, normalize, type Category, type ColumnKey, type OrgType, type YesNoKey } from '../arbitraries/contract';
import { UNKNOWN, type OrgModel, type PersonModel, type WorkbookModel } from '../arbitraries/model';
import { tabColumns } from '../arbitraries/render';

export const ABSENT = 'н/д';
export type Cell = number | string | null;

export interface TableRow {
  /** 1-based index of the organisation in `Table.orgs`. */
  readonly org: number;
  readonly type: OrgType;
  readonly lowResults: 'да' | 'нет' | '?';
  readonly category: Category | '?';
  /** Normalised position (lower case, ё = е, punctuation as spaces); '' when empty. */
  readonly position: string;
  /** In lower case; null when empty, «н/д» without the column. */
  readonly subject: string | null;
  /** Whole years at the reference date; null empty, «?» unknown, «н/д» no column. */
  readonly age: Cell;
  readonly experience: Cell;
  readonly hours: Cell;
  /** Rank 0–4 of the contest level. */
  readonly contest: Cell;
  readonly yesNo: Readonly<Record<YesNoKey, 'да' | 'нет' | '?' | typeof ABSENT>>;
}

/** Columns the criteria can need; «age» stands for Возраст or Дата рождения. */
export type TableColumn = Exclude<ColumnKey, 'birthDate' | 'fio'>;

export interface TableOrg {
  readonly name: string;
  readonly columns: ReadonlySet<TableColumn>;
}

export interface Table {
  readonly orgs: readonly TableOrg[];
  readonly rows: readonly TableRow[];
}

const yesNo = (truth: boolean | typeof UNKNOWN): 'да' | 'нет' | '?' => (truth === UNKNOWN ? '?' : truth ? 'да' : 'нет');
const num = (truth: number | null | typeof UNKNOWN): Cell => (truth === UNKNOWN ? '?' : truth);

function columnsOf(org: OrgModel): Set<TableColumn> {
  const out = new Set<TableColumn>();
  for (const c of tabColumns(org.layout)) {
    if (c === 'rowNumber' || c === 'note' || c === 'fio') continue;
    out.add(c === 'birthDate' ? 'age' : c);
  }
  out.add('staffCategory'); // inferred from the position when the column is absent (§1.1)
  return out;
}

function rowOf(model: WorkbookModel, org: OrgModel, index: number, columns: ReadonlySet<TableColumn>, p: PersonModel): TableRow {
  const has = (c: TableColumn) => columns.has(c);
  const listed = model.organizationsSheet && org.listing !== null;
  const categoryCell = tabColumns(org.layout).includes('staffCategory') ? p.category.truth : null;
  const category = categoryCell === UNKNOWN ? '?' : categoryCell ?? p.position?.inferred ?? 'педагогический';
  return {
    org: index + 1,
    type: org.type,
    lowResults: listed && org.listing ? yesNo(org.listing.lowResults.truth) : 'нет',
    category,
    position: p.position ? normalize(p.position.name) : '',
    subject: has('subject') ? p.subject.truth?.toLowerCase() ?? null : ABSENT,
    age: has('age') ? num(p.age.truth) : ABSENT,
    experience: has('experienceYears') ? num(p.experience.truth) : ABSENT,
    hours: has('weeklyHours') ? num(p.hours.truth) : ABSENT,
    contest: has('contestLevel') ? num(p.contest.truth) : ABSENT,
    yesNo: Object.fromEntries(YES_NO_KEYS.map((k) => [k, has(k) ? yesNo(p.yesNo[k].truth) : ABSENT])) as TableRow['yesNo'],
  };
}

/** The table of a generated workbook, straight from the generator's truth. */
export function tableFromModel(model: WorkbookModel): Table {
  const orgs = model.orgs.map((o) => ({ name: o.name, columns: columnsOf(o) }));
  const rows = model.orgs.flatMap((o, i) => o.persons.map((p) => rowOf(model, o, i, orgs[i]?.columns ?? new Set(), p)));
  return { orgs, rows };
}
