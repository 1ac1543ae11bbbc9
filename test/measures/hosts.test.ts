/**
 * The summary a user sees after a run in Google Sheets — the sidebar's facts (runFromPanel) and
 * the menu run's alert — says how many measures were judged and how many worked, from the built
 * Code.js over the Apps Script fake. The example workbook has no `История`, so a measure of the
 * register can only be «нет данных для сравнения»: judged, not worked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measuresHeader } from '../../core/measures/template';
import { buildGas, exampleEnv, lastAlert } from '../gas/helpers';

beforeAll(buildGas);

function withRegister() {
  const env = exampleEnv();
  const header = measuresHeader();
  const row = (r: Record<string, string>) => header.map((h) => r[h] ?? '');
  env.spreadsheet.addSheet({
    name: 'Мероприятия',
    rows: [header, row({ Мероприятие: 'Курсы ПК', Критерий: '9.1', Организация: 'Муниципалитет', Ответственный: 'МКУ ИМЦ', Статус: 'выполняется' }), row({ Мероприятие: 'Отменено', Критерий: '9.1', Статус: 'отменено' })],
  });
  return env;
}

describe('Google Sheets: the measures in the run summary', () => {
  it('the sidebar gets the counts and the line to show', () => {
    const env = withRegister();
    const outcome = env.callJson('runFromPanel', { runId: 'measures-run-01', presetId: 'alapaevsk-2024', period: '' }) as { ok: boolean; value: Record<string, unknown> };
    expect(outcome.ok).toBe(true);
    expect(outcome.value).toMatchObject({ measures: 1, measuresWorked: 0 });
    expect(outcome.value.measuresText).toBe('Мероприятий оценено: 1, дали результат: 0 — см. «Эффективность принятых мер» на листе «Рекомендации».');
  });

  it('the menu run’s alert says it too; without a register nothing is said', () => {
    const env = withRegister();
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('Мероприятий оценено: 1, дали результат: 0');
    const plain = exampleEnv();
    plain.call('computeIndicators');
    expect(lastAlert(plain)).not.toContain('Мероприятий');
    const outcome = exampleEnv().callJson('runFromPanel', { runId: 'measures-run-02', presetId: 'alapaevsk-2024', period: '' }) as { value: Record<string, unknown> };
    expect(outcome.value).toMatchObject({ measures: 0, measuresText: null });
  });
});
