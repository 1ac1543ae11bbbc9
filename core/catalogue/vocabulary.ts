/**
 * The words a condition may name: every roster column by its canonical header, its aliases and
 * its internal key; the organisation's type and low-results flag; custom columns a methodologist
 * declared; and the populations of workbook.md §2 by their Russian names.
 */
import type { PopulationName } from '../criteria';
import { POPULATION_LABELS } from '../engine/populations';
import { ROSTER_FIELDS, type FieldDef, type FieldKey, type FieldType } from '../fields';
import { normalizeText } from '../text';
import type { Token } from './tokens';

export interface FieldEntry {
  readonly key: FieldKey;
  readonly header: string;
  readonly type: FieldType;
  /** Allowed text values, when the column has a closed list. */
  readonly values?: readonly string[];
  /** Why the column cannot be used in a condition. */
  readonly forbidden?: string;
}

export interface CustomField {
  readonly key: FieldKey;
  readonly header: string;
  readonly type: FieldType;
}

export interface Vocabulary {
  matchField(tokens: readonly Token[], at: number): { field: FieldEntry; length: number } | null;
  matchPopulation(tokens: readonly Token[], at: number): { name: PopulationName; length: number } | null;
  populationNames(): string[];
  fieldByKey(key: FieldKey): FieldEntry | undefined;
}

const POPULATION_ALIASES: Readonly<Record<PopulationName, readonly string[]>> = {
  all: ['все', 'все работники', 'all'],
  ped: ['педагогические работники', 'педагоги', 'ped'],
  mgmt: ['управленческие кадры', 'руководители', 'управленческая команда', 'mgmt'],
  teachers: ['учителя', 'teachers'],
  young: ['молодые педагоги', 'молодые', 'young'],
  mentors: ['наставники', 'педагоги-наставники', 'mentors'],
  offProfile: ['учителя не по профилю', 'не по профилю', 'offProfile'],
  addEd: ['педагоги дополнительного образования', 'addEd'],
  preschool: ['педагоги ДОО', 'педагоги дошкольных организаций', 'preschool'],
  school: ['педагоги ОО', 'педагоги общеобразовательных организаций', 'school'],
  lowResults: ['педагоги школ с низкими результатами', 'школы с низкими результатами', 'lowResults'],
  stem: ['учителя естественно-математических предметов', 'учителя математики, физики, информатики, химии и биологии', 'stem'],
  diagnosed: ['прошедшие региональную диагностику', 'diagnosed'],
};

/** The name a population is written with in the catalogue sheet. */
export function populationTitle(name: PopulationName): string {
  return POPULATION_ALIASES[name][0] as string;
}

const MAX_WORDS = 10;

function longestMatch<T>(index: ReadonlyMap<string, T>, tokens: readonly Token[], at: number): { value: T; length: number } | null {
  let best: { value: T; length: number } | null = null;
  const words: string[] = [];
  for (let k = at, taken = 0; k < tokens.length && taken < MAX_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'comma' && words.length > 0) continue;
    if (t.kind !== 'word') break;
    if (t.norm === '') continue;
    words.push(t.norm);
    taken++;
    const hit = index.get(words.join(' '));
    if (hit !== undefined) best = { value: hit, length: k - at + 1 };
    // Also the compact form, so "Ф.И.О."-style and keys written together match.
    const compact = index.get(words.join(''));
    if (hit === undefined && compact !== undefined) best = { value: compact, length: k - at + 1 };
  }
  return best;
}

export function vocabulary(custom: readonly CustomField[] = []): Vocabulary {
  const fields = new Map<string, FieldEntry>();
  const byKey = new Map<FieldKey, FieldEntry>();
  const add = (entry: FieldEntry, names: readonly string[]) => {
    byKey.set(entry.key, entry);
    for (const n of names) fields.set(normalizeText(n), entry);
  };
  for (const f of ROSTER_FIELDS as readonly FieldDef[]) {
    const key = f.key as FieldKey;
    const forbidden =
      f.key === 'fio'
        ? 'ФИО нельзя использовать в условиях: результаты содержат только обобщённые данные'
        : f.key === 'birthDate'
          ? 'Дата рождения используется только для расчёта возраста: используйте столбец «Возраст»'
          : undefined;
    add({ key, header: f.header, type: f.type, ...(forbidden ? { forbidden } : {}) }, [f.header, ...(f.aliases ?? []), f.key]);
  }
  add({ key: 'orgType', header: 'Тип организации', type: 'text', values: ['ДОО', 'ОО', 'УДО'] }, ['Тип организации', 'Тип ОО', 'orgType']);
  add({ key: 'lowResults', header: 'Школа с низкими результатами', type: 'yesno' }, ['Школа с низкими результатами', 'lowResults']);
  for (const c of custom) add({ key: c.key, header: c.header, type: c.type }, [c.header, c.key]);

  const populations = new Map<string, PopulationName>();
  for (const [name, aliases] of Object.entries(POPULATION_ALIASES) as [PopulationName, readonly string[]][]) {
    for (const a of [...aliases, POPULATION_LABELS[name]]) populations.set(normalizeText(a), name);
  }

  return {
    matchField: (tokens, at) => {
      const m = longestMatch(fields, tokens, at);
      return m ? { field: m.value, length: m.length } : null;
    },
    matchPopulation: (tokens, at) => {
      const m = longestMatch(populations, tokens, at);
      return m ? { name: m.value, length: m.length } : null;
    },
    populationNames: () => (Object.keys(POPULATION_ALIASES) as PopulationName[]).map(populationTitle),
    fieldByKey: (key) => byKey.get(key),
  };
}
