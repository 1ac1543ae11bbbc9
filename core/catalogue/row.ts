/**
 * One row of «Настройка показателей» into one Criterion, by its Вид: what the Группа, Условие,
 * Целевое значение and Дополнительно columns must hold for that kind. The first problem found is
 * returned with its column (and position inside an expression); the row is then not a criterion.
 */
import type { Criterion, CriterionKind, Expr } from '../criteria';
import { normalizeText } from '../text';
import { parseCondition, parseFieldName, parseGroup, type ParseResult } from './condition';
import { parseExtras, type Extras } from './extras';
import { numberSource, sourceOf, yesNoSource } from './sources';
import { parseTarget } from './targets';
import { KIND_NAMES, type ColumnId } from '../texts/ru/catalogue';
import type { Vocabulary } from './vocabulary';

export type RowCells = Readonly<Record<ColumnId, string>>;

export type RowResult =
  | { readonly ok: true; readonly criterion: Criterion }
  | { readonly ok: false; readonly column: ColumnId; readonly message: string; readonly position?: number };

class RowFailure {
  constructor(
    readonly column: ColumnId,
    readonly message: string,
    readonly position?: number,
  ) {}
}

const KIND_BY_NAME: ReadonlyMap<string, CriterionKind> = new Map([
  ...(Object.entries(KIND_NAMES) as [CriterionKind, string][]).map(([k, n]) => [normalizeText(n), k] as const),
  ...(Object.keys(KIND_NAMES) as CriterionKind[]).map((k) => [normalizeText(k), k] as const),
  [normalizeText('доля ОО'), 'orgShare'],
  [normalizeText('число'), 'count'],
]);

function expr(column: ColumnId, result: ParseResult, offset = 0): Expr {
  if (!result.ok) throw new RowFailure(column, result.error.message, result.error.position + offset);
  return result.expr;
}

function required(cells: RowCells, column: ColumnId, what: string): string {
  const text = cells[column];
  if (text === '') throw new RowFailure(column, `не ${what}`);
  return text;
}

function mustBeEmpty(cells: RowCells, column: ColumnId, why: string): void {
  if (cells[column] !== '') throw new RowFailure(column, why);
}

/** Items of Дополнительно a kind does not take. */
function onlyFor(extras: Extras, kind: CriterionKind, isNumberShare: boolean): void {
  const fail = (what: string) => {
    throw new RowFailure('extra', `«${what}» не применяется к виду «${KIND_NAMES[kind]}»`);
  };
  if (extras.bySubject && (kind !== 'share' || isNumberShare)) fail('по предметам');
  if (kind !== 'orgShare') {
    if (extras.orgTypes) fail('типы');
    if (extras.threshold) fail('порог');
    if (extras.among) fail('среди');
  }
  if (extras.bands && kind !== 'distribution') fail('границы групп');
}

export function buildCriterion(cells: RowCells, vocab: Vocabulary): RowResult {
  try {
    return { ok: true, criterion: build(cells, vocab) };
  } catch (e) {
    if (e instanceof RowFailure) return { ok: false, column: e.column, message: e.message, ...(e.position !== undefined ? { position: e.position } : {}) };
    throw e;
  }
}

function build(cells: RowCells, vocab: Vocabulary): Criterion {
  const id = required(cells, 'id', 'указан код');
  const kindText = required(cells, 'kind', 'указан вид');
  const kind = KIND_BY_NAME.get(normalizeText(kindText));
  if (!kind) throw new RowFailure('kind', `вид «${kindText}» не распознан; возможны: ${Object.values(KIND_NAMES).join(', ')}`);
  if (cells.name === '' && cells.shortName === '') throw new RowFailure('name', 'не указано наименование');
  const target = parseTarget(cells.target, kind);
  if (!target.ok) throw new RowFailure('target', target.message);
  const parsedExtras = parseExtras(cells.extra);
  if (!parsedExtras.ok) throw new RowFailure('extra', parsedExtras.message);
  const extras = parsedExtras.extras;
  const source = sourceOf(cells.condition);
  onlyFor(extras, kind, kind === 'share' && source !== null);

  const base = {
    id,
    name: cells.name,
    shortName: cells.shortName,
    track: cells.track,
    indicator: cells.indicator,
    ...(target.target ? { target: target.target } : {}),
    ...(extras.better ? { better: extras.better } : {}),
    ...(extras.topic ? { topic: extras.topic } : {}),
  };
  const group = (): Expr => expr('group', parseGroup(required(cells, 'group', 'указана группа (например, «педагогические работники»)'), vocab));
  const condition = (): Expr => expr('condition', parseCondition(required(cells, 'condition', 'указано условие'), vocab));
  const numberField = () => {
    const f = parseFieldName(required(cells, 'condition', 'указан столбец'), vocab);
    if (!f.ok) throw new RowFailure('condition', f.error.message, f.error.position);
    if (f.field.type !== 'number') throw new RowFailure('condition', `столбец «${f.field.header}» не числовой: для вида «${KIND_NAMES[kind]}» нужен числовой столбец`);
    return f.field.key;
  };

  switch (kind) {
    case 'share':
    case 'count': {
      if (source && kind === 'share') {
        mustBeEmpty(cells, 'group', 'для доли по данным листа «Муниципалитет» или «Организации» группа не указывается');
        const s = numberSource(source);
        if (!s.ok) throw new RowFailure('condition', s.message);
        return { ...base, kind: 'share', source: s.value };
      }
      if (source) throw new RowFailure('condition', 'количество считается по листам организаций: укажите условие, а не лист');
      const population = group();
      const cond = condition();
      return kind === 'share'
        ? { ...base, kind, population, condition: cond, ...(extras.bySubject ? { bySubject: true } : {}) }
        : { ...base, kind, population, condition: cond };
    }
    case 'presence': {
      mustBeEmpty(cells, 'group', 'для наличия группа не указывается');
      if (!source) throw new RowFailure('condition', 'для наличия укажите строку или столбец: «Муниципалитет: Кураторы ИОМ» или «Организации: Стажировочная площадка»');
      const s = yesNoSource(source);
      if (!s.ok) throw new RowFailure('condition', s.message);
      return { ...base, kind, source: s.value };
    }
    case 'orgShare': {
      const population = group();
      const orgTypes = extras.orgTypes ? { orgTypes: extras.orgTypes } : {};
      if (source) {
        if (source.from !== 'organizations') throw new RowFailure('condition', 'доля организаций считается по листу «Организации» или по условию');
        const s = yesNoSource(source);
        if (!s.ok) throw new RowFailure('condition', s.message);
        if (s.value.from !== 'organizations') throw new RowFailure('condition', 'ожидается столбец листа «Организации»');
        if (extras.threshold || extras.among) throw new RowFailure('extra', '«порог» и «среди» — только для доли организаций по условию');
        return { ...base, kind, population, ...orgTypes, test: { kind: 'orgFlag', flag: s.value.flag } };
      }
      const cond = condition();
      if (!extras.threshold) throw new RowFailure('extra', 'для доли организаций по условию укажите порог, например «порог: > 30 %»');
      const among = extras.among ? expr('extra', parseGroup(extras.among.text, vocab), extras.among.offset) : population;
      return {
        ...base,
        kind,
        population,
        ...orgTypes,
        test: { kind: 'memberShare', population: among, condition: cond, cmp: extras.threshold.cmp, threshold: extras.threshold.value },
      };
    }
    case 'mean':
      return { ...base, kind, population: group(), field: numberField() };
    case 'distribution': {
      if (!extras.bands || extras.bands.length === 0) throw new RowFailure('extra', 'для распределения укажите границы групп, например «низкий ≤ 60; средний ≤ 80; высокий > 80»');
      return { ...base, kind, population: group(), field: numberField(), bands: extras.bands };
    }
  }
}
