/**
 * The words a condition may name: every roster column by its canonical header, its aliases and
 * its internal key; the organisation's type and low-results flag; custom columns a methodologist
 * declared; and the populations of workbook.md §2 by their Russian names.
 */
import type { PopulationName } from '../criteria';
import { POPULATION_LABELS } from '../engine/populations';
import { isCustomFieldKey, ROSTER_FIELDS, type FieldDef, type FieldKey, type FieldType } from '../fields';
import { normalizeText } from '../text';
import { tokenize, type Token } from './tokens';

export interface FieldEntry {
  readonly key: FieldKey;
  readonly header: string;
  readonly type: FieldType;
  /** Allowed text values, when the column has a closed list. */
  readonly values?: readonly string[];
  /** Why the column cannot be used in a condition. */
  readonly forbidden?: string;
  /** How a printed condition names the column when its header cannot be read back (a declared column). */
  readonly printAs?: string;
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
  generalEd: ['педагоги системы общего образования', 'система общего образования', 'generalEd'],
  iomDone: ['завершившие ИОМ', 'завершившие обучение по ИОМ', 'iomDone'],
  withDeficit: ['имеющие дефицит', 'педагоги с дефицитами', 'withDeficit'],
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
    // Numbers are words of a name too: a declared column may be called «Хакатон 2024».
    if (t.kind !== 'word' && !(t.kind === 'number' && words.length > 0)) break;
    const norm = t.kind === 'number' ? normalizeText(t.text) : t.norm;
    if (norm === '') continue;
    words.push(norm);
    taken++;
    const hit = index.get(words.join(' '));
    if (hit !== undefined) best = { value: hit, length: k - at + 1 };
    // Also the compact form, so "Ф.И.О."-style and keys written together match.
    const compact = index.get(words.join(''));
    if (hit === undefined && compact !== undefined) best = { value: compact, length: k - at + 1 };
  }
  return best;
}

/** Whether `text`, tokenised, is exactly a name of `entry` (trailing «, %» allowed). */
function namesField(index: ReadonlyMap<string, FieldEntry>, text: string, entry: FieldEntry): boolean {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch {
    return false;
  }
  const m = longestMatch(index, tokens, 0);
  if (!m || m.value !== entry) return false;
  return tokens.slice(m.length).every((t) => t.kind === 'comma' || (t.kind === 'word' && t.norm === ''));
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
  const declared: FieldEntry[] = [];
  for (const c of custom) {
    const name = isCustomFieldKey(c.key) ? c.key.slice('custom:'.length) : c.key;
    const entry: FieldEntry = { key: c.key, header: c.header, type: c.type };
    declared.push(entry);
    add(entry, [c.header, name, c.key]);
  }
  // A declared header that does not read back as its own column (brackets, a leading digit, a
  // clash) is printed by its key, so an exported condition always parses again.
  for (const entry of declared) {
    if (namesField(fields, entry.header, entry)) continue;
    const name = isCustomFieldKey(entry.key) ? entry.key.slice('custom:'.length) : entry.key;
    const withKey: FieldEntry = { ...entry, printAs: name };
    byKey.set(entry.key, withKey);
    for (const [k, v] of fields) if (v === entry) fields.set(k, withKey);
  }

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
