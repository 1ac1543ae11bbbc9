/**
 * The Целевое значение column: «не менее 90 %», «≥ 90», «менее 10 %», «< 10», «да», or empty.
 * A bare number is refused rather than read as «не менее»: the sign is the methodologist's choice.
 */
import type { CriterionKind, Target } from '../criteria';
import { normalizeText } from '../text';
import { parseNumber } from '../values';
import { printNumber } from './print';

export type TargetResult = { readonly ok: true; readonly target: Target | undefined } | { readonly ok: false; readonly message: string };

const WORDS: Readonly<Record<Target['op'], string>> = { '>=': 'не менее', '>': 'более', '<=': 'не более', '<': 'менее', '=': '=' };

/** Operators as written, longest first so «не менее» is not read as «менее». */
const OPERATORS: readonly [string, Target['op']][] = [
  ['не менее', '>='],
  ['не меньше', '>='],
  ['не более', '<='],
  ['не больше', '<='],
  ['менее', '<'],
  ['меньше', '<'],
  ['более', '>'],
  ['больше', '>'],
  ['свыше', '>'],
  ['ровно', '='],
  ['>=', '>='],
  ['=>', '>='],
  ['≥', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['≤', '<='],
  ['==', '='],
  ['=', '='],
  ['>', '>'],
  ['<', '<'],
];

export function isPercentKind(kind: CriterionKind): boolean {
  return kind === 'share' || kind === 'orgShare';
}

export function printTarget(kind: CriterionKind, target: Target | undefined): string {
  if (!target) return '';
  if (typeof target.value === 'boolean') return target.value ? 'да' : 'нет';
  return `${WORDS[target.op]} ${printNumber(target.value)}${isPercentKind(kind) ? ' %' : ''}`;
}

export function parseTarget(raw: string, kind: CriterionKind): TargetResult {
  const text = raw.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
  if (text === '') return { ok: true, target: undefined };
  if (kind === 'distribution') return { ok: false, message: 'у распределения нет целевого значения: оставьте ячейку пустой' };
  if (kind === 'presence') {
    const yesNo = normalizeText(text.replace(/^=+/, ''));
    if (yesNo === 'да') return { ok: true, target: { op: '=', value: true } };
    if (yesNo === 'нет') return { ok: true, target: { op: '=', value: false } };
    return { ok: false, message: `для наличия целевое значение — «да» или «нет», а не «${raw.trim()}»` };
  }
  const found = OPERATORS.find(([word]) => text.startsWith(word));
  if (!found) {
    if (typeof parseNumber(text.replace(/%$/, '').trim()) === 'number') {
      return { ok: false, message: `укажите знак сравнения: «не менее ${text.replace(/%$/, '').trim()}${isPercentKind(kind) ? ' %' : ''}», «≥ …», «менее …» или «< …»` };
    }
    return { ok: false, message: `не распознано «${raw.trim()}»: пишите, например, «не менее 90 %», «≥ 90» или «< 10»` };
  }
  let rest = text.slice(found[0].length).trim();
  const percent = rest.endsWith('%');
  if (percent) rest = rest.slice(0, -1).trim();
  const value = parseNumber(rest);
  if (typeof value !== 'number') return { ok: false, message: `после «${found[0]}» ожидается число, а не «${rest}»` };
  if (percent && !isPercentKind(kind)) return { ok: false, message: 'знак % — только у долей' };
  if (isPercentKind(kind) && (value < 0 || value > 100)) return { ok: false, message: `доля — от 0 до 100 %, а не ${printNumber(value)}` };
  return { ok: true, target: { op: found[1], value } };
}
