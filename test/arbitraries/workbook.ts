/**
 * Shared fast-check generators of whole workbooks laid out by the contract (spec/workbook.md):
 * 1–6 organisation tabs typed through `Организации`, synthetic people («Работник 17») with
 * realistic positions, subjects, ages or birth dates, experience and hours, every yes/no column
 * written with any accepted token in any case, contest levels, and the mess real workbooks
 * contain (title rows, reordered and misspelt headers, missing columns, empty rows, totals rows,
 * rows without a name, duplicates, part-timers and, in the messy variant, unknown values).
 *
 * A generated workbook is a *model*: every cell is kept together with the truth it stands for
 * (`Rendered`), so tests can compute expected figures from the truth without reading cells back.
 * render.ts turns a model into the sheets the core reads.
 */
import fc from 'fast-check';
import type { CellValue } from '../../core/cells';
import {
  CONTEST_LEVELS,
  MUNICIPAL_YES_NO_ROWS,
  NO_TOKENS,
  POSITIONS,
  SUBJECTS,
  YES_NO_KEYS,
  YES_TOKENS,
  type Category,
  type ColumnKey,
  type OrgType,
  type PositionDef,
  type YesNoKey,
} from './contract';

import {
  UNKNOWN,
  type AgeMode,
  type AgeModel,
  type Artefact,
  type OrgListing,
  type OrgModel,
  type PersonModel,
  type Rendered,
  type TabLayout,
  type Unknown,
  type WorkbookModel,
  type WorkbookOptions,
} from './model';

export * from './contract';
export * from './model';
export { renderWorkbook, type RenderedWorkbook, type UnknownCell } from './render';

const REF = { y: 2024, m: 6, d: 1 };

// ---------------------------------------------------------------------------------------------
// Cells

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The same text in any case and with stray spaces, as people type it. */
export function spellings(s: string): fc.Arbitrary<string> {
  return fc.constantFrom(...new Set([s, s.toUpperCase(), capitalised(s), ` ${s} `]));
}

export const yesCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...YES_TOKENS).chain(spellings) },
  { weight: 1, arbitrary: fc.constant(true) },
  { weight: 1, arbitrary: fc.constant(1) },
);

export const noCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NO_TOKENS).chain(spellings) },
  { weight: 1, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.constantFrom<CellValue>(null, undefined, '', '   ') },
);

const YES_NO_UNKNOWN: readonly CellValue[] = ['?', 'в процессе', 'не знаю', 'уточняется', 'да/нет', '2', 2, 0.5, new Date(2024, 0, 15)];
const NUMBER_UNKNOWN: readonly CellValue[] = ['?', 'в процессе', 'много', '27 ч', true];
const BLANK: readonly CellValue[] = [null, '', undefined];

function withUnknown<T>(clean: boolean, known: fc.Arbitrary<Rendered<T>>, unknown: readonly CellValue[]): fc.Arbitrary<Rendered<T | Unknown>> {
  if (clean) return known;
  return fc.oneof(
    { weight: 14, arbitrary: known },
    { weight: 1, arbitrary: fc.constantFrom(...unknown).map((cell): Rendered<Unknown> => ({ truth: UNKNOWN, cell })) },
  );
}

export const yesNoArb = (clean: boolean): fc.Arbitrary<Rendered<boolean | Unknown>> =>
  withUnknown(
    clean,
    fc.oneof(yesCell.map((cell) => ({ truth: true, cell })), noCell.map((cell) => ({ truth: false, cell }))),
    YES_NO_UNKNOWN,
  );

/** A number as a number or as text: 27.5, «27,5», « 12 ». */
export function numberCell(n: number): fc.Arbitrary<CellValue> {
  const text = String(n).replace('.', ',');
  return fc.constantFrom<CellValue>(n, text, ` ${text} `);
}

function numberArb(clean: boolean, values: fc.Arbitrary<number>): fc.Arbitrary<Rendered<number | null | Unknown>> {
  const known = values.chain((n) => numberCell(n).map((cell): Rendered<number | null> => ({ truth: n, cell })));
  if (clean) return known;
  const empty = fc.constantFrom(...BLANK).map((cell): Rendered<null> => ({ truth: null, cell }));
  return withUnknown(false, fc.oneof({ weight: 12, arbitrary: known }, { weight: 1, arbitrary: empty }), NUMBER_UNKNOWN);
}

const experienceValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 1, 2, 2.5, 3, 3.5, 4, 5) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 45 }) },
);
const hoursValue = fc.oneof(fc.constantFrom(0, 6, 18, 26, 26.5, 27, 27.5, 30, 36), fc.integer({ min: 0, max: 40 }));
const ageValue = fc.oneof(fc.constantFrom(33, 34, 35, 36), fc.integer({ min: 20, max: 68 }));

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const EXCEL_DAY0 = Date.UTC(1899, 11, 30);

/** A calendar date in one of the forms hosts give: a Date (local midnight), an Excel serial, ДД.ММ.ГГГГ, ГГГГ-ММ-ДД. */
export function dateCell(y: number, m: number, d: number, form: number): CellValue {
  switch (form % 4) {
    case 0:
      return new Date(y, m - 1, d);
    case 1:
      return (Date.UTC(y, m - 1, d) - EXCEL_DAY0) / 86_400_000;
    case 2:
      return `${pad(d)}.${pad(m)}.${y}`;
    default:
      return `${y}-${pad(m)}-${pad(d)}`;
  }
}

const anyBirth = fc
  .record({ y: fc.integer({ min: 1950, max: 2003 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), form: fc.nat(3) })
  .map((b) => dateCell(b.y, b.m, b.d, b.form));

function ageArb(clean: boolean): fc.Arbitrary<AgeModel> {
  const known = fc
    .record({ age: ageValue, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), form: fc.nat(3), ageText: fc.boolean(), decoy: anyBirth, bothUsesBirth: fc.boolean() })
    .map(({ age, m, d, form, ageText, decoy, bothUsesBirth }): AgeModel => {
      // Born on (m, d): the birthday of this year has passed (or is today) iff (m, d) ≤ the reference day.
      const passed = m < REF.m || (m === REF.m && d <= REF.d);
      const y = REF.y - age - (passed ? 0 : 1);
      return { truth: age, ageCell: ageText ? String(age) : age, birthCell: dateCell(y, m, d, form), decoyBirthCell: decoy, bothUsesBirth };
    });
  if (clean) return known;
  const empty = fc
    .record({ a: fc.constantFrom(...BLANK), b: fc.constantFrom(...BLANK), decoy: anyBirth, both: fc.boolean() })
    .map(({ a, b, decoy, both }): AgeModel => ({ truth: null, ageCell: a, birthCell: b, decoyBirthCell: decoy, bothUsesBirth: both }));
  const unknown = fc
    .record({ a: fc.constantFrom<CellValue>('?', 'много', 'сорок'), b: fc.constantFrom<CellValue>('?', '31.02.1990', 'в процессе', '1990'), decoy: anyBirth, both: fc.boolean() })
    .map(({ a, b, decoy, both }): AgeModel => ({ truth: UNKNOWN, ageCell: a, birthCell: b, decoyBirthCell: decoy, bothUsesBirth: both }));
  return fc.oneof({ weight: 14, arbitrary: known }, { weight: 1, arbitrary: empty }, { weight: 1, arbitrary: unknown });
}

function contestSpellings(level: number): fc.Arbitrary<CellValue> {
  if (level === 0) return fc.constantFrom<CellValue>('нет', 'Нет', 'НЕТ', null, '');
  const name = CONTEST_LEVELS[level] as string;
  return fc.constantFrom<CellValue>(...new Set([name, capitalised(name), name.toUpperCase(), name.replace(/ё/g, 'е')]));
}

const contestArb = (clean: boolean): fc.Arbitrary<Rendered<number | Unknown>> =>
  withUnknown(
    clean,
    fc.oneof(
      { weight: 5, arbitrary: fc.constant(0) },
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
    ).chain((level) => contestSpellings(level).map((cell) => ({ truth: level, cell }))),
    ['?', 'в процессе', 'международный'],
  );

const positionArb: fc.Arbitrary<PositionDef> = fc.oneof(...POSITIONS.map((p) => ({ weight: p.weight, arbitrary: fc.constant(p) })));

function positionCell(p: PositionDef): fc.Arbitrary<CellValue> {
  const forms = [p.name, capitalised(p.name), p.name.toUpperCase(), `  ${p.name} `];
  if (p.name.includes('-')) forms.push(p.name.replace('-', ' - '));
  return fc.constantFrom(...forms);
}

const OTHER_CATEGORY: Record<Category, Category> = { педагогический: 'управленческий', управленческий: 'педагогический' };

function categoryArb(clean: boolean, position: PositionDef | null): fc.Arbitrary<Rendered<Category | Unknown | null>> {
  const usual: Category = position?.inferred ?? 'педагогический';
  const explicit = (c: Category) => spellings(c).map((cell): Rendered<Category> => ({ truth: c, cell }));
  const blank = fc.constantFrom<CellValue>(null, '').map((cell): Rendered<null> => ({ truth: null, cell }));
  return withUnknown(
    clean,
    fc.oneof({ weight: 8, arbitrary: explicit(usual) }, { weight: 1, arbitrary: explicit(OTHER_CATEGORY[usual]) }, { weight: 2, arbitrary: blank }),
    ['?', 'прочий', 'технический'],
  );
}

function subjectArb(position: PositionDef | null): fc.Arbitrary<Rendered<string | null>> {
  const some = fc.constantFrom(...SUBJECTS).chain((s) => fc.constantFrom<CellValue>(s, capitalised(s), s.toUpperCase()).map((cell) => ({ truth: s as string | null, cell })));
  const none = fc.constantFrom<CellValue>(null, '').map((cell) => ({ truth: null as string | null, cell }));
  return position?.teaches ? fc.oneof({ weight: 8, arbitrary: some }, { weight: 1, arbitrary: none }) : fc.oneof({ weight: 6, arbitrary: none }, { weight: 1, arbitrary: some });
}

const qualificationArb = (clean: boolean): fc.Arbitrary<Rendered<string | null | Unknown>> =>
  withUnknown(
    clean,
    fc.oneof(
      fc.constantFrom('высшая', 'первая', 'СЗД', 'нет').chain((q) => spellings(q).map((cell): Rendered<string | null> => ({ truth: q, cell }))),
      fc.constant<Rendered<string | null>>({ truth: null, cell: null }),
    ),
    ['?', 'вторая'],
  );

const scoreArb = (clean: boolean): fc.Arbitrary<Rendered<number | null | Unknown>> =>
  withUnknown(
    clean,
    fc.oneof(
      fc.integer({ min: 0, max: 100 }).chain((n) => numberCell(n).map((cell): Rendered<number | null> => ({ truth: n, cell }))),
      fc.constant<Rendered<number | null>>({ truth: null, cell: null }),
    ),
    ['?', 'высокий'],
  );

function yesNoRecord(clean: boolean): fc.Arbitrary<Record<YesNoKey, Rendered<boolean | Unknown>>> {
  const one = yesNoArb(clean);
  const shape = Object.fromEntries(YES_NO_KEYS.map((k) => [k, one])) as Record<YesNoKey, fc.Arbitrary<Rendered<boolean | Unknown>>>;
  return fc.record(shape);
}

export function personArb(options: WorkbookOptions = {}): fc.Arbitrary<PersonModel> {
  const clean = options.clean ?? false;
  const position: fc.Arbitrary<PositionDef | null> = clean ? positionArb : fc.oneof({ weight: 30, arbitrary: positionArb }, { weight: 1, arbitrary: fc.constant(null) });
  return position.chain((pos) =>
    fc.record({
      position: fc.constant(pos),
      positionCell: pos ? positionCell(pos) : fc.constantFrom<CellValue>(null, ''),
      category: categoryArb(clean, pos),
      subject: subjectArb(pos),
      age: ageArb(clean),
      experience: numberArb(clean, experienceValue),
      hours: numberArb(clean, hoursValue),
      qualification: qualificationArb(clean),
      diagScore: scoreArb(clean),
      mgmtScore: scoreArb(clean),
      contest: contestArb(clean),
      yesNo: yesNoRecord(clean),
      fioStyle: fc.nat(3),
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Tabs and the workbook

/** Columns a tab may lack (ФИО and Должность are required; the age columns follow the age mode). */
export const OPTIONAL_COLUMNS: readonly ColumnKey[] = [
  'staffCategory', 'subject', 'experienceYears', 'weeklyHours', 'qualification', 'diagScore', 'contestLevel', 'mgmtScore', ...YES_NO_KEYS,
];

const layoutArb: fc.Arbitrary<TabLayout> = fc.record({
  omitted: fc.oneof({ weight: 3, arbitrary: fc.constant<ColumnKey[]>([]) }, { weight: 1, arbitrary: fc.subarray([...OPTIONAL_COLUMNS], { maxLength: 4 }) }),
  ageMode: fc.oneof(
    { weight: 4, arbitrary: fc.constant<AgeMode>('birth') },
    { weight: 3, arbitrary: fc.constant<AgeMode>('age') },
    { weight: 2, arbitrary: fc.constant<AgeMode>('both') },
    { weight: 1, arbitrary: fc.constant<AgeMode>('none') },
  ),
  order: fc.option(fc.nat(), { freq: 3 }),
  extraColumns: fc.boolean(),
  headerSeed: fc.oneof(fc.constant(0), fc.nat(1000)),
  titleRows: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }),
});

const artefactArb: fc.Arbitrary<Artefact> = fc.oneof(
  fc.record({ kind: fc.constant('empty' as const), at: fc.nat(30), cells: fc.array(fc.constantFrom<CellValue>(null, undefined, '', '  '), { maxLength: 8 }) }),
  fc.record({ kind: fc.constant('totals' as const), at: fc.constant(1000), label: fc.constantFrom('Итого', 'ИТОГО:', 'итого по ОО', 'Всего') }),
  fc.record({ kind: fc.constant('noName' as const), at: fc.nat(30) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(30), of: fc.nat(30), fioStyle: fc.nat(3) }),
);

const TYPE_CELLS: Readonly<Record<OrgType, readonly string[]>> = { ОО: ['ОО', 'оо', ' ОО '], ДОО: ['ДОО', 'доо', 'ДОУ'], УДО: ['УДО', 'удо'] };

function listingArb(clean: boolean, type: OrgType): fc.Arbitrary<OrgListing> {
  const flag = fc.oneof(yesCell, noCell);
  const count = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 80 }).chain(numberCell) },
    { weight: 1, arbitrary: fc.constant<CellValue>(0) },
    { weight: 1, arbitrary: fc.constant<CellValue>(null) },
  );
  const typeCell: fc.Arbitrary<CellValue> = clean
    ? fc.constantFrom(...TYPE_CELLS[type])
    : fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...TYPE_CELLS[type]) }, { weight: 1, arbitrary: fc.constantFrom<CellValue>('школа', '?', null) });
  return fc.record({
    nameStyle: fc.nat(3),
    typeCell,
    lowResults: withUnknown(clean, fc.oneof(yesCell.map((cell) => ({ truth: true, cell })), noCell.map((cell) => ({ truth: false, cell }))), ['?', 'возможно']),
    internship: flag,
    mentoringModel: flag,
    incentives: flag,
    planned: count,
    actual: count,
  });
}

function orgArb(options: WorkbookOptions): fc.Arbitrary<Omit<OrgModel, 'name'> & { nameForm: boolean }> {
  const clean = options.clean ?? false;
  return fc.constantFrom<OrgType>('ОО', 'ОО', 'ДОО', 'УДО').chain((type) =>
    fc.record({
      type: fc.constant(type),
      nameForm: fc.boolean(),
      listing: fc.option(listingArb(clean, type), { freq: 8 }),
      layout: layoutArb,
      persons: fc.array(personArb(options), { maxLength: options.maxPersons ?? 14 }),
      artefacts: fc.array(artefactArb, { maxLength: 3 }),
    }),
  );
}

/** A tab name from which the contract's inference gives the same type (used when `Организации` does not list it). */
export function orgName(type: OrgType, index: number, alternative: boolean): string {
  const n = index + 1;
  if (type === 'ДОО') return alternative ? `МАДОУ «Детский сад №${n}»` : `Детский сад №${n}`;
  if (type === 'УДО') return alternative ? `Центр дополнительного образования №${n}` : `ДДТ №${n}`;
  return alternative ? `МАОУ СОШ №${n}` : `Школа №${n}`;
}

const municipalityArb: fc.Arbitrary<CellValue[][]> = fc
  .record({
    facts: fc.array(fc.oneof(yesCell, noCell), { minLength: MUNICIPAL_YES_NO_ROWS.length, maxLength: MUNICIPAL_YES_NO_ROWS.length }),
    trained: fc.integer({ min: 0, max: 20 }),
    employed: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ facts, trained, employed }) => [
    ['Показатель', 'Значение'],
    ...MUNICIPAL_YES_NO_ROWS.map((row, i) => [row, facts[i] ?? null]),
    ['Обучались по целевым договорам', trained],
    ['Из них трудоустроены', Math.min(trained, employed)],
  ]);

export function workbookArb(options: WorkbookOptions = {}): fc.Arbitrary<WorkbookModel> {
  const clean = options.clean ?? false;
  return fc
    .record({
      orgs: fc.array(orgArb(options), { minLength: 1, maxLength: options.maxOrgs ?? 6 }),
      organizationsSheet: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      orphanListing: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      municipality: fc.option(municipalityArb, { freq: 3 }),
      partTimer: fc.boolean(),
      draftSheet: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      reservedFirst: fc.boolean(),
    })
    .map(({ orgs, ...rest }) => ({
      ...rest,
      clean,
      orgs: orgs.map(({ nameForm, ...o }, i) => ({ ...o, name: orgName(o.type, i, nameForm) })),
    }));
}

/**
 * The same workbook with one organisation's people split across two tabs: `keep[j]` false moves
 * person j to a new tab «<name> корпус 2» of the same type, layout and `Организации` facts.
 * Duplicate rows follow their person; rows that are not people stay on the first tab.
 */
export function splitOrganization(model: WorkbookModel, index: number, keep: readonly boolean[]): WorkbookModel {
  const org = model.orgs[index];
  if (!org) return model;
  const kept = org.persons.map((_, j) => keep[j % Math.max(1, keep.length)] ?? true);
  const newIndex = (j: number, side: boolean): number => kept.slice(0, j).filter((k) => k === side).length;
  const stay: Artefact[] = [];
  const move: Artefact[] = [];
  for (const a of org.artefacts) {
    if (a.kind !== 'duplicate') stay.push(a);
    else if (org.persons.length > 0) {
      const j = a.of % org.persons.length;
      (kept[j] ? stay : move).push({ ...a, of: newIndex(j, kept[j] ?? true) });
    }
  }
  const first: OrgModel = { ...org, persons: org.persons.filter((_, j) => kept[j]), artefacts: stay };
  const second: OrgModel = { ...org, name: `${org.name} корпус 2`, persons: org.persons.filter((_, j) => !kept[j]), artefacts: move };
  return { ...model, orgs: [...model.orgs.slice(0, index), first, second, ...model.orgs.slice(index + 1)] };
}
