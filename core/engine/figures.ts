/**
 * Building figures: a share from a numerator and a denominator, a status against a target on the
 * displayed value, and the "нет данных" figure. Every kind of criterion ends here, so the rules of
 * workbook.md §6 live in one place.
 */
import type { Target } from '../criteria';
import { roundDisplayed, type Figure, type NoDataReason, type Status } from '../result';

export function statusOf(value: number | boolean | null, target: Target | undefined): Status {
  if (value === null) return 'no-data';
  if (!target) return 'no-target';
  if (typeof value === 'boolean' || typeof target.value === 'boolean') {
    return value === target.value ? 'met' : 'below';
  }
  const shown = roundDisplayed(value);
  const t = target.value;
  const ok =
    target.op === '>=' ? shown >= t : target.op === '>' ? shown > t : target.op === '<=' ? shown <= t : target.op === '<' ? shown < t : shown === t;
  return ok ? 'met' : 'below';
}

export function noData(reason: NoDataReason, extra: Partial<Figure> = {}): Figure {
  return { numerator: null, denominator: null, value: null, status: 'no-data', reason, ...extra };
}

/** numerator / denominator × 100; a zero denominator is "нет данных", never 0 %. */
export function shareFigure(numerator: number, denominator: number, target: Target | undefined, excluded = 0): Figure {
  const value = denominator === 0 ? null : (numerator * 100) / denominator;
  return {
    numerator,
    denominator,
    value,
    status: statusOf(value, target),
    ...(denominator === 0 ? { reason: 'zero-denominator' as const } : {}),
    ...(excluded > 0 ? { excluded } : {}),
  };
}

export function countFigure(count: number, target: Target | undefined, excluded = 0): Figure {
  return { numerator: count, denominator: null, value: count, status: statusOf(count, target), ...(excluded > 0 ? { excluded } : {}) };
}

export function meanFigure(sum: number, n: number, target: Target | undefined, excluded = 0): Figure {
  const value = n === 0 ? null : sum / n;
  return {
    numerator: sum,
    denominator: n,
    value,
    status: statusOf(value, target),
    ...(n === 0 ? { reason: 'zero-denominator' as const } : {}),
    ...(excluded > 0 ? { excluded } : {}),
  };
}

export function presenceFigure(value: boolean | null, target: Target | undefined, reason: NoDataReason = 'missing-source'): Figure {
  return { numerator: null, denominator: null, value, status: statusOf(value, target), ...(value === null ? { reason } : {}) };
}
