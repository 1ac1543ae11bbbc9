/**
 * A semantic normal form of condition trees, so a tree read back from «Настройка показателей» can
 * be compared with the preset's own. Different trees the engine evaluates identically become equal:
 * nested И / ИЛИ are flattened and single-argument ones dropped, a multi-value «начинается с» /
 * «содержит» becomes an ИЛИ of single values, text literals are normalised as the engine compares
 * them, «все» is the always-true condition, and НЕ НЕ x is x (three-valued logic keeps both equal).
 */
import type { Expr } from '../criteria';
import { normalizeText } from '../text';

const TRUE: Expr = { op: 'true' };

export function canonical(e: Expr): Expr {
  switch (e.op) {
    case 'true':
      return TRUE;
    case 'population':
      return e.name === 'all' ? TRUE : { op: 'population', name: e.name };
    case 'yes':
    case 'filled':
      return { op: e.op, field: e.field };
    case 'cmp':
      return { op: 'cmp', field: e.field, cmp: e.cmp, value: typeof e.value === 'string' ? normalizeText(e.value) : e.value };
    case 'startsWith':
    case 'contains': {
      const parts: Expr[] = e.values.map((v) => ({ op: e.op, field: e.field, values: [normalizeText(v)] }));
      return parts.length === 1 ? (parts[0] as Expr) : { op: 'or', args: parts };
    }
    case 'not': {
      const arg = canonical(e.arg);
      return arg.op === 'not' ? arg.arg : { op: 'not', arg };
    }
    case 'and':
    case 'or': {
      const args: Expr[] = [];
      for (const a of e.args) {
        const c = canonical(a);
        if (c.op === e.op) args.push(...c.args);
        else args.push(c);
      }
      if (args.length === 1) return args[0] as Expr;
      // An empty И is always true; an empty ИЛИ always false.
      if (args.length === 0) return e.op === 'and' ? TRUE : { op: 'not', arg: TRUE };
      return { op: e.op, args };
    }
  }
}
