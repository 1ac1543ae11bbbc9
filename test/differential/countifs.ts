/**
 * The share and count criteria of alapaevsk-2024 written as spreadsheet COUNTIFS over the
 * differential table, evaluated by HyperFormula: an independent second engine for the
 * numerators and denominators. Populations and conditions are transcribed from spec/presets.md
 * and workbook.md §2, not from core/presets.
 *
 * A share's denominator counts the population's members whose condition is known: «да» plus «нет»
 * for a yes/no, any number for a number or a contest rank. «?» (unknown) and «н/д» (no column)
 * match no criterion, which is how both leave a row out.
 */
import { HyperFormula } from 'hyperformula';
import { DEFICIT_COLUMN_KEYS, YES_NO_KEYS, type YesNoKey } from '../arbitraries/contract';
import type { Table, TableColumn } from './table';

export type DataColumn = 'org' | 'type' | 'lowResults' | 'category' | 'position' | 'subject' | 'age' | 'experience' | 'hours' | 'contest' | YesNoKey | 'stem' | 'anyDeficit';

const DATA_COLUMNS: readonly DataColumn[] = ['org', 'type', 'lowResults', 'category', 'position', 'subject', 'age', 'experience', 'hours', 'contest', ...YES_NO_KEYS, 'stem', 'anyDeficit'];

type Criterion = readonly [DataColumn, string | number];

export interface Population {
  readonly crits: readonly Criterion[];
  /** Columns a tab must have for the organisation to have data at all. */
  readonly needs: readonly TableColumn[];
}

export interface Condition {
  readonly num: readonly Criterion[];
  /** Alternatives summed for the denominator (COUNTIFS can only AND). */
  readonly den: readonly (readonly Criterion[])[];
  readonly needs: readonly TableColumn[];
}

export interface CriterionSpec {
  readonly kind: 'share' | 'count';
  readonly pop: Population;
  readonly cond: Condition;
}

const with_ = (p: Population, crits: readonly Criterion[], needs: readonly TableColumn[] = []): Population => ({ crits: [...p.crits, ...crits], needs: [...p.needs, ...needs] });

const ped: Population = { crits: [['category', 'педагогический']], needs: [] };
// «Starts with учитель, except учитель-логопед and учитель-дефектолог»: COUNTIFS wildcards on the
// normalised position (hyphens are spaces there), and-ed, so no helper column is needed.
const teachers = with_(ped, [['position', 'учитель*'], ['position', '<>учитель логопед*'], ['position', '<>учитель дефектолог*']], ['position']);

export const POPULATION: Readonly<Record<string, Population>> = {
  ped,
  mgmt: { crits: [['category', 'управленческий']], needs: [] },
  teachers,
  young: with_(ped, [['age', '<35'], ['experience', '<=3']], ['age', 'experienceYears']),
  mentors: with_(ped, [['isMentor', 'да']], ['isMentor']),
  offProfile: with_(teachers, [['profileMatch', 'нет']], ['profileMatch']),
  addEd: with_(ped, [['position', '*дополнительного образования*']], ['position']),
  preschool: with_(ped, [['type', 'ДОО']]),
  school: with_(ped, [['type', 'ОО']]),
  lowResults: with_(ped, [['lowResults', 'да']]),
  // The one helper column: «subject contains математ, алгебр, … or биолог» is an OR of substrings,
  // which COUNTIFS cannot express (a sum of one COUNTIFS per stem counts «математика, физика»
  // twice). The helper is itself a HyperFormula formula (SEARCH) in each row, not computed in TS.
  stem: with_(teachers, [['stem', 'да']], ['subject']),
  diagnosed: with_(ped, [['diagRegional', 'да']], ['diagRegional']),
  // «Система общего образования»: ped of ДОО and ОО, i.e. every type but УДО.
  generalEd: with_(ped, [['type', '<>УДО']]),
  iomDone: with_(ped, [['iomCompleted', 'да']], ['iomCompleted']),
  // «At least one deficit column = да» is an OR again: a second helper column (a HyperFormula
  // formula per row) says «да» for any «да», «нет» when all five are «нет», «?» otherwise.
  withDeficit: with_(ped, [['diagRegional', 'да'], ['anyDeficit', 'да']], ['diagRegional', ...DEFICIT_COLUMN_KEYS]),
};

const yes = (k: YesNoKey): Condition => ({ num: [[k, 'да']], den: [[[k, 'да']], [[k, 'нет']]], needs: [k] });
/** Contest ranks of workbook.md §1.1: нет 0, муниципальный 1, региональный 2, федеральный 3, призёр федерального 4. */
const contestAtLeast = (rank: number): Condition => ({ num: [['contest', `>=${rank}`]], den: [[['contest', '>=0']]], needs: ['contestLevel'] });
const contestIs = (rank: number): Condition => ({ num: [['contest', `=${rank}`]], den: [[['contest', '>=0']]], needs: ['contestLevel'] });
const hoursAtLeast = (h: number): Condition => ({ num: [['hours', `>=${h}`]], den: [[['hours', '>=0']], [['hours', '<0']]], needs: ['weeklyHours'] });

const share = (pop: string, cond: Condition): CriterionSpec => ({ kind: 'share', pop: POPULATION[pop] as Population, cond });
const count = (pop: string, cond: Condition): CriterionSpec => ({ kind: 'count', pop: POPULATION[pop] as Population, cond });

/**
 * Every roster-based share and count criterion of alapaevsk-2024 (spec/presets.md). 6.1 and 8.1
 * are left out on purpose: their numbers come from the `Организации` and `Муниципалитет` sheets
 * (Штатная/Фактическая численность, Обучались/Из них трудоустроены), not from rosters.
 */
export const ALAPAEVSK_COUNTIFS: Readonly<Record<string, CriterionSpec>> = {
  '1.1': share('teachers', yes('diagFederal')),
  '1.2': share('ped', yes('diagRegional')),
  '1.3': share('ped', yes('selfDiag')),
  '2.1': share('generalEd', yes('iomCenter')),
  '2.2': share('ped', yes('ippr')),
  '2.3': share('diagnosed', yes('iomCenter')),
  П14: share('iomDone', yes('pupilGrowth')),
  '3.1': share('ped', yes('clubs')),
  '3.2': share('ped', contestAtLeast(1)),
  '3.3': share('ped', yes('sanatorium')),
  '4.2': share('ped', yes('iomSupport')),
  '5.2': share('ped', yes('networkEvents')),
  '5.3': share('ped', yes('leadsWorkshops')),
  '5.4': share('ped', yes('regionalExpert')),
  '5.5': share('ped', yes('publishedMaterials')),
  '5.6': share('ped', yes('regionalProjects')),
  '6.2': share('ped', yes('externalPartTime')),
  '6.3': share('teachers', yes('profileMatch')),
  '6.4': share('ped', hoursAtLeast(27)),
  '7.1': share('offProfile', yes('retrained')),
  '8.2': share('young', yes('stayedSinceGraduation')),
  '8.3': share('young', yes('hasMentor')),
  '8.4': share('ped', yes('isMentor')),
  '8.5': share('mentors', contestAtLeast(1)),
  '8.9': share('young', yes('youngAssociation')),
  '8.10': share('young', yes('regionalMethodist')),
  '8.11': count('ped', yes('addressSupport')),
  '8.12': share('young', yes('addressSupport')),
  '8.13': count('young', yes('mentoringModel')),
  '8.14': share('young', yes('mentoringModel')),
  '8.15': count('young', contestAtLeast(1)),
  '8.16': share('young', contestAtLeast(1)),
  '8.18': count('ped', yes('mentoringModel')),
  '8.19': share('ped', yes('mentoringModel')),
  '8.20': count('ped', contestAtLeast(2)),
  '8.21': share('ped', contestAtLeast(2)),
  '8.22': count('ped', contestAtLeast(3)),
  '8.23': count('ped', contestIs(4)),
  '9.1': share('ped', yes('pk')),
  '9.2': share('ped', yes('pkRegistry')),
  '9.3': share('school', yes('pkFgos')),
  '9.4': share('ped', yes('pkDigital')),
  '9.5': share('teachers', yes('pkLiteracy')),
  '9.6': share('ped', yes('pkAssessment')),
  '9.7': share('lowResults', yes('pk')),
  '9.8': share('ped', yes('pkTalent')),
  '9.9': share('ped', yes('pkSubject')),
  '9.10': share('ped', yes('pkInclusive')),
  '9.11': share('addEd', yes('pk')),
  '9.12': share('ped', yes('pkCareer')),
  '9.13': share('ped', yes('pkUpbringing')),
  '9.14': share('preschool', yes('pkPreschool')),
  '9.15': share('stem', yes('pkTech')),
};

/**
 * The inner shares of the orgShare criterion P1 (per organisation: managers with «ПК по ФР ДПП»
 * among managers whose answer is known); the test turns them into the organisations that count.
 */
export const P1_INNER: Readonly<Record<string, CriterionSpec>> = { P1: share('mgmt', yes('pkRegistry')) };

/**
 * Shares over the new populations that no shipped criterion uses yet (the «Дефициты» sheet's):
 * routes among people with a deficit, and each deficit among the diagnosed.
 */
export const NEW_POPULATION_SHARES: Readonly<Record<string, CriterionSpec>> = {
  'withDeficit→iomCenter': share('withDeficit', yes('iomCenter')),
  'withDeficit→ippr': share('withDeficit', yes('ippr')),
  'diagnosed→deficitSubject': share('diagnosed', yes('deficitSubject')),
  'diagnosed→deficitDigital': share('diagnosed', yes('deficitDigital')),
  'generalEd→pk': share('generalEd', yes('pk')),
  'iomDone→pupilGrowth': count('iomDone', yes('pupilGrowth')),
};

/**
 * The «Дефициты» figures that COUNTIFS can state (workbook.md §4): each kind among the diagnosed,
 * and the people with a deficit (withDeficit; diagRegional is «да» for all of them, so numerator =
 * denominator = the count).
 */
export const DEFICIT_SHEET_SHARES: Readonly<Record<string, CriterionSpec>> = {
  ...Object.fromEntries(DEFICIT_COLUMN_KEYS.map((k) => [k, share('diagnosed', yes(k))])),
  withDeficit: share('withDeficit', yes('diagRegional')),
};

export interface Counts {
  readonly num: number;
  /** null for count criteria. */
  readonly den: number | null;
}

export interface SpreadsheetCounts {
  /** By organisation, in the order of `table.orgs`. */
  readonly orgs: readonly Counts[];
  readonly total: Counts;
}

function letter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const STEMS = ['математ', 'алгебр', 'геометр', 'физик', 'информат', 'хими', 'биолог'];

/** Loads the table into HyperFormula and evaluates every spec per organisation and in total. */
export function countWithHyperFormula(table: Table, specs: Readonly<Record<string, CriterionSpec>>): Map<string, SpreadsheetCounts> {
  const col = new Map(DATA_COLUMNS.map((c, i) => [c, letter(i)]));
  const subjectColumn = col.get('subject') as string;
  const deficitCells = (row: number) => DEFICIT_COLUMN_KEYS.map((k) => `${col.get(k) as string}${row}`);
  // A sentinel row of organisation 0 with nothing known keeps every range non-empty.
  const sentinel = { org: 0, type: 'н/д', lowResults: 'н/д', category: 'н/д', position: 'н/д', subject: 'н/д', age: 'н/д', experience: 'н/д', hours: 'н/д', contest: 'н/д', yesNo: {} as Record<string, string> };
  const rows = [...table.rows, sentinel];
  const data = [
    [...DATA_COLUMNS],
    ...rows.map((r, i) => [
      r.org, r.type, r.lowResults, r.category, r.position === '' ? null : r.position, r.subject, r.age, r.experience, r.hours, r.contest,
      ...YES_NO_KEYS.map((k) => r.yesNo[k] ?? 'н/д'),
      `=IF(OR(${STEMS.map((s) => `ISNUMBER(SEARCH("${s}",${subjectColumn}${i + 2}))`).join(',')}),"да","нет")`,
      `=IF(OR(${deficitCells(i + 2).map((c) => `${c}="да"`).join(',')}),"да",IF(AND(${deficitCells(i + 2).map((c) => `${c}="нет"`).join(',')}),"нет","?"))`,
    ]),
  ];
  const last = rows.length + 1;
  const range = (c: DataColumn): string => {
    const l = col.get(c) as string;
    return `Data!$${l}$2:$${l}$${last}`;
  };
  const countifs = (crits: readonly Criterion[]): string =>
    `COUNTIFS(${crits.map(([c, v]) => `${range(c)},${typeof v === 'number' ? v : `"${v}"`}`).join(',')})`;
  const ids = Object.keys(specs);
  const scopes: (number | null)[] = [...table.orgs.map((_, i) => i + 1), null];
  const calc = ids.map((id) => {
    const s = specs[id] as CriterionSpec;
    return scopes.flatMap((k) => {
      const scope: Criterion[] = k === null ? [] : [['org', k]];
      const num = `=${countifs([...scope, ...s.pop.crits, ...s.cond.num])}`;
      const den = s.kind === 'count' ? null : `=${s.cond.den.map((alt) => countifs([...scope, ...s.pop.crits, ...alt])).join('+')}`;
      return [num, den];
    });
  });
  const hf = HyperFormula.buildFromSheets({ Data: data, Calc: calc }, { licenseKey: 'gpl-v3', accentSensitive: true, caseSensitive: false, useWildcards: true });
  const values = hf.getSheetValues(hf.getSheetId('Calc') as number);
  hf.destroy();
  const out = new Map<string, SpreadsheetCounts>();
  ids.forEach((id, r) => {
    const row = values[r] ?? [];
    const at = (i: number): Counts => {
      const num = row[2 * i];
      const den = row[2 * i + 1];
      if (typeof num !== 'number') throw new Error(`HyperFormula gave ${String(num)} for ${id}`);
      return { num, den: typeof den === 'number' ? den : null };
    };
    out.set(id, { orgs: table.orgs.map((_, i) => at(i)), total: at(table.orgs.length) });
  });
  return out;
}
