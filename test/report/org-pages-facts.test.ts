/**
 * The report's «адресные рекомендации», opened in Chromium (issue 17): the page of each
 * organisation carries the facts of its recommendations — how many people, which subjects, the
 * change since last period (from `История` written by the first run). A workbook of two periods,
 * every number below worked out in this file from the rosters, not taken from the core:
 *
 * Two schools of 10 teachers, 5 of mathematics and 5 of physics each.
 *   period 2023-2024: A — «ПК за период» 1, «Региональная диагностика» 1 (a maths teacher);
 *                      B — both 10.
 *   period 2024-2025: A — «ПК за период» 2, «Региональная диагностика» 2 (maths 2 of 5,
 *                      physics 0 of 5); B — both 10.
 * 9.1 (≥ 30 %): A 2 of 10 = 20 %, gap 10 p.p., one more person reaches 30 %; was 1 of 10 = 10 %.
 * 1.2 (no target): municipal (2 + 10) / 20 = 60 %; A 20 % is 40 p.p. below (≥ 15: a zone of
 *   attention), 6 of 10 reach 60 %: 4 people short; was 10 %; behind A's own 20 %: physics 0 of 5.
 *   B 100 % is 40 p.p. above: a successful practice, unchanged since 100 %.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRun, renderReport, type SheetData } from '../../core/index';
import { orgTab, person, settingsSheet, TODAY } from '../helpers/workbook';
import { writeBack } from '../recommend/helpers';
import { launch, openReport, type DomDocument } from './browser';

declare const document: DomDocument;

const P1 = '2023-2024';
const P2 = '2024-2025';
/** How the page writes a period (an en dash between the years). */
const shown = (period: string) => period.replace('-', '–');

/** A school of 5 maths and 5 physics teachers; the first `pk` have ПК, and `maths`/`physics` of each subject the regional diagnostics. */
function school(name: string, pk: number, maths: number, physics: number): SheetData {
  const people = Array.from({ length: 10 }, (_, i) => {
    const isMaths = i < 5;
    const diag = isMaths ? i < maths : i - 5 < physics;
    return person({ position: isMaths ? 'Учитель математики' : 'Учитель физики', subject: isMaths ? 'математика' : 'физика', pk: i < pk ? 'да' : 'нет', diagRegional: diag ? 'да' : 'нет' });
  });
  return orgTab(name, people);
}

/** "20 %" / "12,5 %": one decimal with a comma, none when whole (worked out here, not by the core). */
function pct(numerator: number, denominator: number): string {
  const v = Math.round((numerator * 1000) / denominator) / 10;
  return `${String(v).replace('.', ',')} %`;
}

/** What a reader sees: non-breaking spaces as spaces, runs of space as one. */
const readable = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

let browser: Browser;
let dir: string;
let pages: Record<string, string>;

beforeAll(async () => {
  const first: SheetData[] = [school('Школа А', 1, 1, 0), school('Школа Б', 10, 5, 5), settingsSheet({ 'Отчётный период': P1 })];
  const plan1 = planRun(first, { today: TODAY });
  const after = writeBack(first, plan1).filter((s) => !['Школа А', 'Школа Б', 'Настройки'].includes(s.name));
  const second: SheetData[] = [...after, school('Школа А', 2, 2, 0), school('Школа Б', 10, 5, 5), settingsSheet({ 'Отчётный период': P2 })];
  const plan2 = planRun(second, { today: new Date(Date.UTC(2025, 5, 15)) });
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'pedmonitor-org-pages-'));
  const { page, errors } = await openReport(browser, renderReport(plan2), dir);
  const found = await page.evaluate(() => [...document.querySelectorAll('section.org-page')].map((s) => [s.querySelector('h3')?.textContent ?? '', s.textContent ?? '']));
  expect(errors).toEqual([]);
  pages = Object.fromEntries(found.map(([h, t]) => [readable(h!).split(' (')[0]!, readable(t!)]));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('per-organisation pages carry the facts', () => {
  it('has one page per school', () => {
    expect(Object.keys(pages)).toEqual(['Школа А', 'Школа Б']);
  });

  it('a shortfall: the value with its people, the gap, how many are missing, and the change since last period', () => {
    const a = pages['Школа А']!;
    const now = pct(2, 10);
    const before = pct(1, 10);
    const gap = 30 - 20;
    // One more of 10 makes 3 of 10 = 30 %.
    const short = Math.ceil((30 * 10) / 100) - 2;
    expect(short).toBe(1);
    expect(a).toContain(
      `«Прошли ПК за период» (критерий 9.1) — ${now} (2 из 10) при целевом значении не менее 30 %; отставание — ${gap} п.п. ` +
        `Для достижения цели не хватает ${short} человека. За период ${shown(P1)} было ${before} (1 из 10): улучшение на ${20 - 10} п.п. Спланировать`,
    );
  });

  it('a zone of attention: the municipal value, the people short, the change, and the subject behind', () => {
    const a = pages['Школа А']!;
    const municipal = pct(2 + 10, 20);
    const diff = 60 - 20;
    const short = Math.ceil((60 * 10) / 100) - 2;
    expect(a).toContain(
      `Зона внимания: «Прошедшие региональную диагностику (по предметам)» (критерий 1.2) — ${pct(2, 10)} (2 из 10), это на ${diff} п.п. ниже, чем в среднем по муниципалитету (${municipal}). ` +
        `До уровня муниципалитета не хватает ${short} человек. За период ${shown(P1)} было ${pct(1, 10)} (1 из 10): улучшение на 10 п.п. Отстают предметы: физика — 0 из 5.`,
    );
    // Maths (2 of 5 = 40 %) is above the school's 20 %: not named as behind.
    expect(a).not.toContain('математика — 2 из 5');
  });

  it('a successful practice on the other school’s page, with its unchanged trend; nothing of one school on the other’s page', () => {
    const b = pages['Школа Б']!;
    expect(b).toContain(
      `Успешная практика: «Прошедшие региональную диагностику (по предметам)» (критерий 1.2) — ${pct(10, 10)} (10 из 10), это на 40 п.п. выше, чем в среднем по муниципалитету (${pct(12, 20)}). ` +
        `За период ${shown(P1)} было ${pct(10, 10)} (10 из 10): без изменений.`,
    );
    expect(b).not.toContain('Отстают предметы: физика — 0 из 5');
    expect(pages['Школа А']).not.toContain('Успешная практика: «Прошедшие региональную диагностику');
  });
});
