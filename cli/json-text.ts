/**
 * A value's JSON text exactly as `JSON.stringify(value, null, 2)` writes it, handed over in pieces
 * instead of as one string. A result file grows with organisations × criteria and with the data
 * problems listed: a folder of 1.7 million rows gives close to a billion characters, past the
 * longest string a JavaScript engine can hold and, as UTF-16, gigabytes of memory. So the outer
 * levels (the result's object, its arrays, each criterion's organisations) are walked here and
 * each small member is given to the engine's own JSON.stringify, re-indented for its depth (JSON
 * text has no raw line breaks inside strings, so indenting is adding after every line break).
 * The order of keys, what is left out (undefined, functions, symbols), toJSON, numbers and string
 * escapes are the engine's.
 */

/** Members at this depth or deeper are stringified whole; shallower containers are walked. */
const WALK_DEPTH = 3;
/** Containers with fewer members are stringified whole whatever their depth. */
const WALK_MIN_MEMBERS = 16;

/**
 * Calls `write` with consecutive pieces of `JSON.stringify(value, null, 2)` (nothing when that
 * would be undefined). The pieces are about `chunk` characters long, except a single member
 * longer than that.
 */
export function writeJsonText(value: unknown, write: (piece: string) => void, chunk = 1 << 20): void {
  let buffer = '';
  const out = (s: string): void => {
    buffer += s;
    if (buffer.length >= chunk) {
      write(buffer);
      buffer = '';
    }
  };
  const walk = (v: object, indent: string, depth: number): void => {
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      out('[');
      for (let i = 0; i < v.length; i++) {
        const member: unknown = v[i];
        out(i === 0 ? `\n${inner}` : `,\n${inner}`);
        if (walks(member, depth + 1)) walk(member, inner, depth + 1);
        else out(text(member, inner) ?? 'null');
      }
      out(`\n${indent}]`);
      return;
    }
    let first = true;
    out('{');
    for (const k of Object.keys(v)) {
      const member = (v as Record<string, unknown>)[k];
      const head = `${first ? '\n' : ',\n'}${inner}${JSON.stringify(k)}: `;
      if (walks(member, depth + 1)) {
        out(head);
        walk(member, inner, depth + 1);
      } else {
        // Left out, as JSON.stringify leaves them: undefined, functions, symbols (toJSON's too).
        const s = text(member, inner);
        if (s === undefined) continue;
        out(head + s);
      }
      first = false;
    }
    out(first ? '}' : `\n${indent}}`);
  };
  if (walks(value, 0)) walk(value, '', 0);
  else {
    const s = text(value, '');
    if (s === undefined) return;
    out(s);
  }
  if (buffer !== '') write(buffer);
}

/** JSON.stringify(v, null, 2), every line after the first indented by `indent`. */
function text(v: unknown, indent: string): string | undefined {
  const s = JSON.stringify(v, null, 2) as string | undefined;
  return s === undefined || indent === '' ? s : s.replaceAll('\n', `\n${indent}`);
}

/**
 * Whether a member is walked here rather than stringified whole: a plain array or object (no
 * toJSON: the engine calls that itself) above WALK_DEPTH that is big or holds something big.
 */
function walks(v: unknown, depth: number): v is object {
  if (v === null || typeof v !== 'object' || depth >= WALK_DEPTH || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  if (isBig(v)) return true;
  const members: unknown[] = Array.isArray(v) ? v : Object.values(v);
  return members.some(isBig);
}

/** An array or object with many members. */
function isBig(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  return Array.isArray(v) ? v.length >= WALK_MIN_MEMBERS : Object.keys(v).length >= WALK_MIN_MEMBERS;
}
