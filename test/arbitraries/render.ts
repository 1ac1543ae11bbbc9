/**
 * Turns a generated workbook model into the sheets a host would hand the core: organisation tabs
 * with their title rows, headers and person rows among the non-person rows, `Организации`,
 * `Муниципалитет` and an ignored draft sheet. Also says where the tests can find each person and
 * each unknown cell, so properties can check what the core reports.
 */
import type { CellValue, SheetData } from '../../core/cells';
import { HEADERS, ORGANIZATIONS_HEADER, YES_NO_KEYS, type ColumnKey, type YesNoKey } from './contract';
import { UNKNOWN, type AgeMode, type OrgModel, type PersonModel, type TabLayout, type WorkbookModel } from './model';

export interface UnknownCell {
  readonly sheet: string;
  /** 1-based rows where the person appears (the first of them is the counted one). */
  readonly rows: readonly number[];
  /** The header as written in the tab. */
  readonly column: string;
}

export interface RenderedTab {
  readonly name: string;
  /** 0-based index of the header row. */
  readonly headerIndex: number;
  /** ФИО of each person, in model order. */
  readonly fio: readonly string[];
}

export interface RenderedWorkbook {
  readonly sheets: SheetData[];
  readonly tabs: readonly RenderedTab[];
  readonly unknowns: readonly UnknownCell[];
}

type TabColumn = ColumnKey | 'rowNumber' | 'note';

/** A small seeded PRNG (mulberry32) for permutations chosen by a generated seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const AGE_COLUMNS: Readonly<Record<AgeMode, readonly ColumnKey[]>> = { age: ['age'], birth: ['birthDate'], both: ['birthDate', 'age'], none: [] };

/** Known columns of a tab in the order they appear. */
export function tabColumns(layout: TabLayout): TabColumn[] {
  const base: ColumnKey[] = [
    'fio', 'position', 'staffCategory', 'subject', ...AGE_COLUMNS[layout.ageMode], 'experienceYears', 'weeklyHours',
    'qualification', 'diagScore', 'contestLevel', 'mgmtScore', ...YES_NO_KEYS,
  ];
  const omitted = new Set(layout.omitted);
  const present = base.filter((k) => !omitted.has(k));
  const ordered: TabColumn[] = layout.order === null ? present : seededShuffle(present, layout.order);
  return layout.extraColumns ? ['rowNumber', ...ordered, 'note'] : ordered;
}

const ALTERNATIVE_HEADERS: Partial<Record<ColumnKey, string>> = {
  weeklyHours: 'Нагрузка (часов в неделю)',
  mgmtScore: 'Оценка управленческих компетенций (%)',
  experienceYears: 'педагогический  стаж',
  satisfied: 'Удовлетворенность методической службой',
};

function headerText(column: TabColumn, i: number, seed: number): string {
  if (column === 'rowNumber') return '№ п/п';
  if (column === 'note') return 'Примечание';
  const h = HEADERS[column];
  if (seed === 0) return h;
  switch ((seed + 7 * i) % 6) {
    case 1:
      return h.toUpperCase();
    case 2:
      return h.toLowerCase();
    case 3:
      return ` ${h}  `;
    case 4:
      return h.replace(/ё/g, 'е');
    case 5:
      return ALTERNATIVE_HEADERS[column] ?? h;
    default:
      return h;
  }
}

const FIO_STYLES = [(n: number) => `Работник ${n}`, (n: number) => `работник ${n}`, (n: number) => ` Работник ${n} `, (n: number) => `РАБОТНИК ${n}`];

function ageCells(mode: AgeMode, p: PersonModel): { age: CellValue; birth: CellValue } {
  const a = p.age;
  if (mode === 'age') return { age: a.ageCell, birth: null };
  if (mode === 'birth') return { age: null, birth: a.birthCell };
  if (mode === 'none' || a.truth === null) return { age: null, birth: null };
  return a.bothUsesBirth ? { age: null, birth: a.birthCell } : { age: a.ageCell, birth: a.decoyBirthCell };
}

function personCell(p: PersonModel, column: TabColumn, fio: CellValue, mode: AgeMode, rowNumber: number): CellValue {
  switch (column) {
    case 'rowNumber':
      return rowNumber;
    case 'note':
      return rowNumber % 5 === 0 ? 'молодой специалист' : null;
    case 'fio':
      return fio;
    case 'position':
      return p.positionCell;
    case 'staffCategory':
      return p.category.cell;
    case 'subject':
      return p.subject.cell;
    case 'age':
      return ageCells(mode, p).age;
    case 'birthDate':
      return ageCells(mode, p).birth;
    case 'experienceYears':
      return p.experience.cell;
    case 'weeklyHours':
      return p.hours.cell;
    case 'qualification':
      return p.qualification.cell;
    case 'diagScore':
      return p.diagScore.cell;
    case 'mgmtScore':
      return p.mgmtScore.cell;
    case 'contestLevel':
      return p.contest.cell;
    default:
      return p.yesNo[column].cell;
  }
}

/** Columns of a person's row that hold an unknown value. */
function unknownColumns(p: PersonModel, columns: readonly TabColumn[], mode: AgeMode): TabColumn[] {
  const out: TabColumn[] = [];
  for (const c of columns) {
    if (c === 'rowNumber' || c === 'note' || c === 'fio' || c === 'position' || c === 'subject') continue;
    if (c === 'age' || c === 'birthDate') {
      if (p.age.truth !== UNKNOWN) continue;
      const via: ColumnKey = mode === 'both' ? (p.age.bothUsesBirth ? 'birthDate' : 'age') : mode === 'age' ? 'age' : 'birthDate';
      if (c === via) out.push(c);
      continue;
    }
    const truth =
      c === 'staffCategory' ? p.category.truth
      : c === 'experienceYears' ? p.experience.truth
      : c === 'weeklyHours' ? p.hours.truth
      : c === 'qualification' ? p.qualification.truth
      : c === 'diagScore' ? p.diagScore.truth
      : c === 'mgmtScore' ? p.mgmtScore.truth
      : c === 'contestLevel' ? p.contest.truth
      : p.yesNo[c as YesNoKey].truth;
    if (truth === UNKNOWN) out.push(c);
  }
  return out;
}

const TITLE_ROWS: readonly CellValue[][] = [['Сведения о педагогических и руководящих работниках'], [], ['по состоянию на 01.06.2024', null, 'заполняет ответственный']];

type Item = { kind: 'person'; j: number; fioStyle: number } | { kind: 'empty'; cells: readonly CellValue[] } | { kind: 'totals'; label: string } | { kind: 'noName' };

function renderTab(org: OrgModel, fio: readonly number[], unknowns: UnknownCell[]): { sheet: SheetData; tab: RenderedTab } {
  const { layout, persons } = org;
  const columns = tabColumns(layout);
  const items: Item[] = persons.map((p, j) => ({ kind: 'person', j, fioStyle: p.fioStyle }));
  for (const a of org.artefacts) {
    const at = Math.min(a.at, items.length);
    if (a.kind === 'empty') items.splice(at, 0, { kind: 'empty', cells: a.cells });
    else if (a.kind === 'totals') items.splice(at, 0, { kind: 'totals', label: a.label });
    else if (a.kind === 'noName') items.splice(at, 0, { kind: 'noName' });
    else if (persons.length > 0) {
      const j = a.of % persons.length;
      const style = a.fioStyle === persons[j]?.fioStyle ? (a.fioStyle + 1) % FIO_STYLES.length : a.fioStyle;
      items.splice(at, 0, { kind: 'person', j, fioStyle: style });
    }
  }
  const headerIndex = layout.titleRows;
  const rows: CellValue[][] = [...TITLE_ROWS.slice(0, layout.titleRows).map((r) => [...r])];
  rows.push(columns.map((c, i) => headerText(c, i, layout.headerSeed)));
  const rowsOf = persons.map((): number[] => []);
  items.forEach((item, k) => {
    const rowNumber = k + 1;
    if (item.kind === 'person') {
      const p = persons[item.j] as PersonModel;
      const name = (FIO_STYLES[item.fioStyle % FIO_STYLES.length] as (n: number) => string)(fio[item.j] as number);
      rows.push(columns.map((c) => personCell(p, c, name, layout.ageMode, rowNumber)));
      rowsOf[item.j]?.push(rows.length);
    } else if (item.kind === 'empty') rows.push([...item.cells]);
    else if (item.kind === 'totals') {
      rows.push(
        columns.map((c): CellValue => {
          if (c === 'fio') return item.label;
          if (c === 'weeklyHours') return persons.reduce((s, p) => s + (typeof p.hours.truth === 'number' ? p.hours.truth : 0), 0);
          if ((YES_NO_KEYS as readonly string[]).includes(c)) return persons.filter((p) => p.yesNo[c as YesNoKey].truth === true).length;
          return null;
        }),
      );
    } else {
      const source = persons[k % Math.max(1, persons.length)];
      rows.push(columns.map((c): CellValue => (c === 'fio' ? null : source ? personCell(source, c, null, layout.ageMode, rowNumber) : c === 'position' ? 'учитель' : null)));
    }
  });
  const headerRow = rows[headerIndex] as CellValue[];
  persons.forEach((p, j) => {
    for (const c of unknownColumns(p, columns, layout.ageMode)) {
      const written = String(headerRow[columns.indexOf(c)]).replace(/\s+/g, ' ').trim();
      unknowns.push({ sheet: org.name, rows: rowsOf[j] ?? [], column: written });
    }
  });
  const names = persons.map((_, j) => (FIO_STYLES[0] as (n: number) => string)(fio[j] as number));
  return { sheet: { name: org.name, values: rows }, tab: { name: org.name, headerIndex, fio: names } };
}

const ORG_NAME_STYLES = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.replace('№', '№ '), (s: string) => `${s}  `];

function organizationsSheet(model: WorkbookModel): SheetData {
  const rows: CellValue[][] = [[...ORGANIZATIONS_HEADER]];
  for (const o of model.orgs) {
    const l = o.listing;
    if (!l) continue;
    const name = (ORG_NAME_STYLES[l.nameStyle % ORG_NAME_STYLES.length] as (s: string) => string)(o.name);
    rows.push([name, l.typeCell, l.lowResults.cell, l.internship, l.mentoringModel, l.incentives, l.planned, l.actual]);
  }
  if (model.orphanListing) rows.push(['Школа №99', 'ОО', 'нет', 'нет', 'да', 'нет', 30, 25]);
  return { name: 'Организации', values: rows };
}

/** The sheets of a model, in the order a host would read them. */
export function renderWorkbook(model: WorkbookModel): RenderedWorkbook {
  const unknowns: UnknownCell[] = [];
  let next = 1;
  const numbers = model.orgs.map((o) => o.persons.map(() => next++));
  const second = numbers[1];
  const first = numbers[0];
  if (model.partTimer && first && second && first.length > 0 && second.length > 0) second[0] = first[0] as number;
  const rendered = model.orgs.map((o, i) => renderTab(o, numbers[i] ?? [], unknowns));
  const reserved: SheetData[] = [];
  if (model.organizationsSheet) reserved.push(organizationsSheet(model));
  if (model.municipality) reserved.push({ name: 'Муниципалитет', values: model.municipality });
  const tabs = rendered.map((r) => r.sheet);
  const draft: SheetData[] = model.draftSheet ? [{ name: '_черновик', values: [['ФИО', 'Должность', 'ПК за период'], ['Работник 0', 'учитель', 'да']] }] : [];
  const sheets = model.reservedFirst ? [...reserved, ...tabs, ...draft] : [...tabs, ...draft, ...reserved];
  return { sheets, tabs: rendered.map((r) => r.tab), unknowns };
}

export type { TabColumn };
