/**
 * The Дополнительно column: kind-specific settings as items separated by «;» —
 * «по предметам», «лучше меньше» / «лучше больше», «тема: кадры», for a share of organisations
 * «типы: ОО, ДОО», «порог: > 30 %», «среди: молодые педагоги», and for a distribution its bands
 * «низкий ≤ 60; средний ≤ 80; высокий > 80» (a band «≤ X» starts where the previous one ended).
 * Reading checks the form only; which items a kind accepts is checked with the whole row.
 */
import type { Criterion, DistributionBand, OrgType, Topic } from '../criteria';
import { normalizeText } from '../text';
import { parseNumber } from '../values';
import { printGroup, printNumber } from './print';
import type { Vocabulary } from './vocabulary';
import { EXTRA, TOPIC_NAMES } from '../texts/ru/catalogue';

export interface Extras {
  bySubject?: true;
  better?: 'higher' | 'lower';
  topic?: Topic;
  orgTypes?: OrgType[];
  threshold?: { readonly cmp: '>' | '>='; readonly value: number };
  /** The text after «среди:» and its offset in the cell, parsed later as a group. */
  among?: { readonly text: string; readonly offset: number };
  bands?: DistributionBand[];
}

export type ExtrasResult = { readonly ok: true; readonly extras: Extras } | { readonly ok: false; readonly message: string };

const ORG_TYPES: readonly OrgType[] = ['ДОО', 'ОО', 'УДО'];
const NUM = String.raw`(-?\d+(?:[.,]\d+)?)`;
const BAND = new RegExp(String.raw`^(.+?)\s*(≤|<=|>)\s*${NUM}(?:\s*(?:и\s*)?(≤|<=)\s*${NUM})?$`, 'iu');
const THRESHOLD = new RegExp(String.raw`^(>=|≥|>|не менее|более)\s*${NUM}\s*%?$`, 'iu');
const KEYED = /^([\p{L}]+)\s*:\s*(.*)$/su;

/** Splits at «;» keeping each item's offset in the cell. */
function items(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  for (const part of text.split(';')) {
    const lead = part.length - part.trimStart().length;
    if (part.trim() !== '') out.push({ text: part.trim(), offset: start + lead });
    start += part.length + 1;
  }
  return out;
}

export function parseExtras(text: string): ExtrasResult {
  const out: Extras = {};
  let lastAtMost: number | undefined;
  const fail = (message: string): ExtrasResult => ({ ok: false, message });
  for (const item of items(text)) {
    const norm = normalizeText(item.text);
    if (norm === normalizeText(EXTRA.bySubject)) out.bySubject = true;
    else if (norm === normalizeText(EXTRA.lower)) out.better = 'lower';
    else if (norm === normalizeText(EXTRA.higher)) out.better = 'higher';
    else {
      const keyed = KEYED.exec(item.text);
      const key = keyed ? normalizeText(keyed[1] ?? '') : '';
      const value = (keyed?.[2] ?? '').trim();
      if (keyed && (key === 'тип' || key === EXTRA.types)) {
        const types: OrgType[] = [];
        for (const word of value.split(/[\s,]+/).filter(Boolean)) {
          const t = ORG_TYPES.find((o) => normalizeText(o) === normalizeText(word));
          if (!t) return fail(`тип организации «${word}» не распознан; возможны: ДОО, ОО, УДО`);
          if (!types.includes(t)) types.push(t);
        }
        if (types.length === 0) return fail('после «типы:» укажите типы организаций: ДОО, ОО, УДО');
        out.orgTypes = types;
      } else if (keyed && key === EXTRA.threshold) {
        const m = THRESHOLD.exec(value.replace(/\s+/g, ' '));
        const n = m ? parseNumber(m[2] ?? '') : null;
        if (!m || typeof n !== 'number') return fail(`порог не распознан: пишите «порог: > 30 %» или «порог: ≥ 50 %», а не «${item.text}»`);
        const op = normalizeText(m[1] ?? '');
        out.threshold = { cmp: op === 'более' || m[1] === '>' ? '>' : '>=', value: n };
      } else if (keyed && key === EXTRA.among) {
        if (value === '') return fail('после «среди:» укажите группу');
        out.among = { text: value, offset: item.offset + item.text.indexOf(value) };
      } else if (keyed && key === EXTRA.topic) {
        const topic = (Object.entries(TOPIC_NAMES) as [Topic, string][]).find(([k, name]) => normalizeText(name) === normalizeText(value) || k === value.trim());
        if (!topic) return fail(`тема «${value}» не распознана; возможны: ${Object.values(TOPIC_NAMES).join(', ')}`);
        out.topic = topic[0];
      } else if (keyed && normalizeText(value) === normalizeText(EXTRA.anyValue)) {
        (out.bands ??= []).push({ label: (keyed[1] ?? '').trim() });
        lastAtMost = undefined;
      } else {
        const band = BAND.exec(item.text);
        if (!band) {
          return fail(
            `не распознано «${item.text}»; возможны: по предметам, лучше меньше, лучше больше, типы: ОО, порог: > 30 %, среди: <группа>, тема: <тема>, границы «низкий ≤ 60»`,
          );
        }
        const label = (band[1] ?? '').trim().replace(/:$/, '').trim();
        const first = parseNumber(band[3] ?? '') as number;
        const b: { label: string; above?: number; atMost?: number } = { label };
        if (band[2] === '>') {
          b.above = first;
          if (band[4] !== undefined) b.atMost = parseNumber(band[5] ?? '') as number;
        } else {
          if (band[4] !== undefined) return fail(`граница «${item.text}»: сначала нижняя (> X), затем верхняя (≤ Y)`);
          b.atMost = first;
          if (lastAtMost !== undefined) b.above = lastAtMost;
        }
        if (b.above !== undefined && b.atMost !== undefined && b.atMost < b.above) return fail(`у группы «${label}» верхняя граница меньше нижней`);
        (out.bands ??= []).push(b);
        lastAtMost = b.atMost;
      }
    }
  }
  return { ok: true, extras: out };
}

/** The Дополнительно text of a criterion. */
export function printExtras(c: Criterion, vocab: Vocabulary): string {
  const parts: string[] = [];
  if (c.kind === 'share' && 'bySubject' in c && c.bySubject) parts.push(EXTRA.bySubject);
  if (c.kind === 'orgShare') {
    if (c.orgTypes) parts.push(`${EXTRA.types}: ${c.orgTypes.join(', ')}`);
    if (c.test.kind === 'memberShare') {
      parts.push(`${EXTRA.threshold}: ${c.test.cmp === '>' ? '>' : '≥'} ${printNumber(c.test.threshold)} %`);
      if (JSON.stringify(c.test.population) !== JSON.stringify(c.population)) parts.push(`${EXTRA.among}: ${printGroup(c.test.population, vocab)}`);
    }
  }
  if (c.kind === 'distribution') {
    let prev: number | undefined;
    for (const b of c.bands) {
      if (b.atMost === undefined) parts.push(b.above === undefined ? `${b.label}: ${EXTRA.anyValue}` : `${b.label} > ${printNumber(b.above)}`);
      else if (b.above === prev) parts.push(`${b.label} ≤ ${printNumber(b.atMost)}`);
      else if (b.above !== undefined) parts.push(`${b.label} > ${printNumber(b.above)} ≤ ${printNumber(b.atMost)}`);
      else parts.push(`${b.label} ≤ ${printNumber(b.atMost)}`);
      prev = b.atMost;
    }
  }
  if (c.better === 'lower') parts.push(EXTRA.lower);
  if (c.better === 'higher') parts.push(EXTRA.higher);
  if (c.topic) parts.push(`${EXTRA.topic}: ${TOPIC_NAMES[c.topic]}`);
  return parts.join('; ');
}
