/**
 * One way to write a table in the report, so every table gets the same print behaviour: fixed
 * column widths that add up to the page (never wider than it), a real <thead> that print repeats
 * on each page, and cells whose text wraps.
 */
import { el, type Attrs, type Content, type Html } from './html';

export interface Column {
  readonly header: string;
  /** Share of the table's width, percent; the columns of a table add up to 100. */
  readonly width: number;
  /** Numbers: right-aligned. */
  readonly numeric?: boolean;
}

export interface Row {
  readonly cells: readonly Cell[];
  readonly className?: string;
}

export type Cell = Content | { readonly content: Content; readonly className?: string };

export function table(columns: readonly Column[], rows: readonly Row[], attrs: Attrs = {}): Html {
  return el(
    'table',
    attrs,
    el('colgroup', null, columns.map((c) => el('col', { style: `width:${c.width}%` }))),
    el('thead', null, el('tr', null, columns.map((c) => el('th', { scope: 'col', class: c.numeric ? 'n' : null }, c.header)))),
    el('tbody', null, rows.map((r) => el('tr', { class: r.className ?? null }, r.cells.map((cell, i) => cellOf(cell, columns[i]))))),
  );
}

function cellOf(cell: Cell, column: Column | undefined): Html {
  const isObject = typeof cell === 'object' && cell !== null && !Array.isArray(cell) && 'content' in cell;
  const content = isObject ? (cell as { content: Content }).content : (cell as Content);
  const className = [column?.numeric ? 'n' : null, isObject ? (cell as { className?: string }).className ?? null : null].filter(Boolean).join(' ');
  return el('td', { class: className || null }, content);
}
