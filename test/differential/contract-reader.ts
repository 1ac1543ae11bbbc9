/**
 * A second, deliberately small reader of the workbook contract (spec/workbook.md §1–3), written
 * from the text of the contract and not from core/read: it turns sheets into the differential
 * table. It exists for the example workbook, which has no generator truth; the differential test
 * checks it against the truth of generated workbooks first, so it is trusted only as far as that.
 */
import type { CellValue, SheetData } from '../../core/cells';
import { CONTEST_LEVELS, HEADERS, NO_TOKENS, YES_NO_KEYS, YES_TOKENS, normalize, type Category, type ColumnKey, type OrgType } from '../arbitraries/contract';
import { ABSENT, type Cell, type Table, type TableColumn, type TableOrg, type TableRow } from './table';

const RESERVED = new Set(
  ['Организации', 'Муниципалитет', 'Настройки', 'Настройка показателей', 'Показатели', 'Рекомендации', 'Проверка данных', 'История', 'Сводка'].map(normalize),
);
const HEADER_KEYS = new Map<string, ColumnKey>(Object.entries(HEADERS).map(([k, h]) => [normalize(h), k as ColumnKey]));
const YES = new Set<string>(YES_TOKENS);
const NO = new Set<string>(NO_TOKENS);
const MANAGER_WORDS = ['директор', 'заведующ', 'заместитель', 'начальник', 'руководитель структурного подразделения'];

const blank = (v: CellValue): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const text = (v: CellValue): string => (blank(v) ? '' : String(v).trim());

function yesNo(v: CellValue): 'да' | 'нет' | '?' {
  if (v === null || v === undefined) return 'нет';
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  if (typeof v === 'number') return v === 1 ? 'да' : v === 0 ? 'нет' : '?';
  if (v instanceof Date) return '?';
  const t = v.trim().toLowerCase();
  return t === '' || NO.has(t) ? 'нет' : YES.has(t) ? 'да' : '?';
}

function numberOf(v: CellValue): Cell {
  if (blank(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : '?';
  if (typeof v !== 'string') return '?';
  const t = v.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : '?';
}

type Ymd = { y: number; m: number; d: number };

function dateOf(v: CellValue): Ymd | null | '?' {
  if (blank(v)) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '?' : { y: v.getFullYear(), m: v.getMonth() + 1, d: v.getDate() };
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1) return '?';
    const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86_400_000);
    return { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() };
  }
  if (typeof v !== 'string') return '?';
  const t = v.trim();
  const a = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(t);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const ymd = a ? { y: +a[3]!, m: +a[2]!, d: +a[1]! } : b ? { y: +b[1]!, m: +b[2]!, d: +b[3]! } : null;
  if (!ymd) return '?';
  const check = new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d));
  return check.getUTCMonth() === ymd.m - 1 && check.getUTCDate() === ymd.d ? ymd : '?';
}

function wholeYears(b: Ymd, ref: Date): number {
  const [y, m, d] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate()];
  return y - b.y - (m < b.m || (m === b.m && d < b.d) ? 1 : 0);
}

function contestOf(v: CellValue): Cell {
  if (blank(v)) return 0;
  if (typeof v !== 'string') return '?';
  const i = CONTEST_LEVELS.map(normalize).indexOf(normalize(v));
  return i >= 0 ? i : '?';
}

function categoryOf(v: CellValue): Category | '?' {
  const t = normalize(text(v));
  return t === 'педагогический' ? 'педагогический' : t === 'управленческий' ? 'управленческий' : '?';
}

const inferCategory = (position: string): Category => (MANAGER_WORDS.some((w) => position.includes(w)) ? 'управленческий' : 'педагогический');

/** §3: the type from a tab's name when `Организации` does not give it. */
function inferType(name: string): OrgType {
  const t = normalize(name);
  if (t.includes('детский сад') || /(^| )д с( |$)/.test(t) || /(^| )\S*(доу|доо)( |$)/.test(t)) return 'ДОО';
  if (/(^| )(ддт|цдт|дюсш|сют|удо)( |$)/.test(t) || t.includes('дополнительного образования')) return 'УДО';
  return 'ОО';
}

function listings(sheet: SheetData | undefined): Map<string, { type: OrgType | null; low: 'да' | 'нет' | '?' }> {
  const out = new Map<string, { type: OrgType | null; low: 'да' | 'нет' | '?' }>();
  if (!sheet) return out;
  const h = sheet.values.findIndex((r) => r.some((c) => normalize(text(c)) === 'организация'));
  if (h < 0) return out;
  const head = (sheet.values[h] ?? []).map((c) => normalize(text(c)));
  const [name, type, low] = ['организация', 'тип', normalize('Школа с низкими результатами')].map((x) => head.indexOf(x));
  for (const r of sheet.values.slice(h + 1)) {
    const n = normalize(text(r[name ?? -1]));
    if (n === '') continue;
    const t = normalize(text(type !== undefined && type >= 0 ? r[type] : null));
    const parsed: OrgType | null = t === 'оо' ? 'ОО' : t === 'доо' ? 'ДОО' : t === 'удо' ? 'УДО' : null;
    out.set(n, { type: parsed, low: low !== undefined && low >= 0 ? yesNo(r[low] ?? null) : 'нет' });
  }
  return out;
}

/** The differential table read from sheets by the contract alone. */
export function tableFromSheets(sheets: readonly SheetData[], reference: Date): Table {
  const orgSheet = sheets.find((s) => normalize(s.name) === normalize('Организации'));
  const listed = listings(orgSheet);
  const orgs: TableOrg[] = [];
  const rows: TableRow[] = [];
  for (const sheet of sheets) {
    if (RESERVED.has(normalize(sheet.name)) || sheet.name.startsWith('_')) continue;
    const h = sheet.values.slice(0, 10).findIndex((r) => {
      const names = r.map((c) => normalize(text(c)));
      return names.includes('фио') && names.includes('должность');
    });
    if (h < 0) continue;
    const col = new Map<ColumnKey, number>();
    (sheet.values[h] ?? []).forEach((c, i) => {
      const key = HEADER_KEYS.get(normalize(text(c)));
      if (key && !col.has(key)) col.set(key, i);
    });
    const columns = new Set<TableColumn>();
    for (const k of col.keys()) if (k !== 'fio') columns.add(k === 'birthDate' ? 'age' : k);
    columns.add('staffCategory');
    const index = orgs.push({ name: sheet.name, columns });
    const listing = orgSheet ? listed.get(normalize(sheet.name)) : undefined;
    const type = listing?.type ?? inferType(sheet.name);
    const seen = new Set<string>();
    for (const r of sheet.values.slice(h + 1)) {
      const at = (k: ColumnKey): CellValue => (col.has(k) ? r[col.get(k) as number] : null);
      if (r.every(blank)) continue;
      const fio = normalize(text(at('fio')));
      if (fio === '' || /^(итого|всего)/.test(fio) || seen.has(fio)) continue;
      seen.add(fio);
      const position = normalize(text(at('position')));
      const category = col.has('staffCategory') && !blank(at('staffCategory')) ? categoryOf(at('staffCategory')) : inferCategory(position);
      let age: Cell = ABSENT;
      if (col.has('age') || col.has('birthDate')) {
        age = col.has('age') ? numberOf(at('age')) : null;
        if (age === null && col.has('birthDate')) {
          const b = dateOf(at('birthDate'));
          age = b === null ? null : b === '?' ? '?' : wholeYears(b, reference);
        }
      }
      const opt = (k: ColumnKey, read: (v: CellValue) => Cell): Cell => (col.has(k) ? read(at(k)) : ABSENT);
      rows.push({
        org: index,
        type,
        lowResults: listing?.low ?? 'нет',
        category,
        position,
        subject: col.has('subject') ? (text(at('subject')) === '' ? null : text(at('subject')).toLowerCase()) : ABSENT,
        age,
        experience: opt('experienceYears', numberOf),
        hours: opt('weeklyHours', numberOf),
        contest: opt('contestLevel', contestOf),
        yesNo: Object.fromEntries(YES_NO_KEYS.map((k) => [k, col.has(k) ? yesNo(at(k) ?? null) : ABSENT])) as TableRow['yesNo'],
      });
    }
  }
  return { orgs, rows };
}
