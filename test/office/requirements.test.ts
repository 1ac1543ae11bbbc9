/**
 * Requirement-set gating: the fake Excel knows which ExcelApi set introduced each member it
 * implements, and the table it uses is the one Microsoft's own typings state
 * (@types/office-js: "[Api set: ExcelApi N]" on every member). The manifest declares ExcelApi 1.8,
 * the fake refuses anything newer with ApiNotFound, so the whole suite proves the adapter calls
 * nothing newer; and an Excel with only 1.7 really fails a run (and the add-in says so in Russian,
 * leaving the workbook as it was).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPedmonitorError } from '../../core/index';
import { userMessage } from '../../office-addin/src/excel/errors';
import { createTemplate } from '../../office-addin/src/excel/template';
import { runMonitoring } from '../../office-addin/src/run';
import { fakeExcel } from '../fakes/excel/fake-excel';
import { compareVersions, DECLARED_EXCEL_API, declaredSets, EXCEL_API_MEMBERS, OPTIONAL_EXCEL_API, refusal } from '../fakes/excel/requirements';
import { documentOf, exampleSheets, TODAY } from './workbooks';

const root = path.resolve(__dirname, '../..');
const typings = readFileSync(path.join(root, 'node_modules', '@types', 'office-js', 'index.d.ts'), 'utf8');
const excelNamespace = (() => {
  const start = typings.indexOf('declare namespace Excel {');
  const end = typings.indexOf('\ndeclare namespace ', start + 10);
  return typings.slice(start, end);
})();

/** The ExcelApi set Microsoft's typings give `Class.member` (the class in namespace Excel). */
function typingsSet(key: string): string | null {
  const [cls, member] = key.split('.') as [string, string];
  const start = excelNamespace.indexOf(`\n    class ${cls} extends OfficeExtension.ClientObject {`);
  if (start < 0) return null;
  const end = excelNamespace.indexOf('\n    }', start);
  const body = excelNamespace.slice(start, end);
  const decl = new RegExp(`\\n\\s+(?:readonly )?${member}(?:\\??:|\\()`).exec(body);
  if (!decl) return null;
  const doc = body.slice(body.lastIndexOf('/**', decl.index), decl.index);
  // "ExcelApi 1.1 for reading visibility; 1.2 for setting it": the adapter sets, so the later one.
  const set = /\[Api set: ExcelApi (\d+\.\d+)(?: for reading[^;]*; (\d+\.\d+) for setting[^\]]*)?\]/.exec(doc);
  if (set) return set[2] ?? set[1]!;
  // A member without its own remark (a collection's items) has its class's set.
  const classDoc = excelNamespace.slice(excelNamespace.lastIndexOf('/**', start), start);
  return !doc.includes('[Api set') ? /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(classDoc)?.[1] ?? null : null;
}

describe('the fake\'s requirement sets', () => {
  it('are the ones in Microsoft\'s typings, member by member', () => {
    const wrong = Object.entries(EXCEL_API_MEMBERS)
      .map(([key, version]) => ({ key, version, typings: typingsSet(key) }))
      .filter((r) => r.typings !== r.version);
    expect(wrong).toEqual([]);
    // The newer members the adapter relies on, as the documentation pages give them.
    expect(EXCEL_API_MEMBERS['Range.dataValidation']).toBe('1.8');
    expect(EXCEL_API_MEMBERS['ChartAxis.numberFormat']).toBe('1.8');
    expect(EXCEL_API_MEMBERS['Worksheet.freezePanes']).toBe('1.7');
    expect(EXCEL_API_MEMBERS['Worksheet.getRangeByIndexes']).toBe('1.7');
    expect(EXCEL_API_MEMBERS['Worksheet.visibility']).toBe('1.2'); // 1.1 reads it, 1.2 sets it
  });

  it('default to what the manifest declares; the only newer members are the ExcelApi 1.9 ones used behind isSetSupported', () => {
    const manifest = readFileSync(path.join(root, 'manifests', 'pedmonitor-excel.xml'), 'utf8');
    expect(declaredSets(manifest).ExcelApi).toBe(DECLARED_EXCEL_API);
    const versions = [...new Set(Object.values(EXCEL_API_MEMBERS))].sort(compareVersions);
    expect(versions.filter((v) => compareVersions(v, DECLARED_EXCEL_API) > 0)).toEqual([OPTIONAL_EXCEL_API]);
    const optional = Object.keys(EXCEL_API_MEMBERS).filter((k) => EXCEL_API_MEMBERS[k] === OPTIONAL_EXCEL_API);
    // Print setup, AutoFilter and page breaks only (test/office/print-setup.test.ts runs both sides of the gate).
    expect(optional.every((k) => /^(Worksheet\.(pageLayout|autoFilter|horizontalPageBreaks)|PageLayout\.|HeaderFooter(Group)?\.|AutoFilter\.|PageBreakCollection\.)/.test(k))).toBe(true);
    expect(refusal('Worksheet.pageLayout', DECLARED_EXCEL_API)).toMatch(/needs ExcelApi 1\.9; the manifest declares ExcelApi 1\.8/);
    expect(refusal('Worksheet.pageLayout', OPTIONAL_EXCEL_API)).toBeNull();
  });

  it('refuse a member newer than the declared set, and one the table does not know', () => {
    expect(refusal('Range.dataValidation', '1.8')).toBeNull();
    expect(refusal('Range.dataValidation', '1.7')).toMatch(/needs ExcelApi 1\.8/);
    expect(refusal('Worksheet.getRangeByIndexes', '1.10')).toBeNull();
    expect(refusal('Range.getMergedAreasOrNullObject', '1.8')).toMatch(/not in test\/fakes\/excel\/requirements\.ts/);
    expect(compareVersions('1.10', '1.8')).toBe(1);
  });
});

describe('an Excel older than the manifest declares', () => {
  it('lets the whole run through at ExcelApi 1.8', async () => {
    const doc = documentOf(exampleSheets());
    const report = await runMonitoring(fakeExcel(doc, { excelApi: '1.8' }), { today: TODAY });
    expect(report.summary.organizations).toBeGreaterThan(0);
    expect(doc.byName('Сводка')?.charts.length).toBeGreaterThan(0);
  });

  it('at ExcelApi 1.7 fails the run with ApiNotFound, explained in Russian, outputs unchanged', async () => {
    const doc = documentOf(exampleSheets());
    const names = doc.sheets.map((s) => s.name);
    const error = await runMonitoring(fakeExcel(doc, { excelApi: '1.7' }), { today: TODAY }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isPedmonitorError(error) && error.code).toBe('write-failed');
    expect(userMessage(error)).toMatch(/^Не удалось записать результаты: эта версия Excel не поддерживает нужную функцию .*pedmonitor\.html/);
    expect(doc.sheets.map((s) => s.name)).toEqual(names);
  });

  it('at ExcelApi 1.7 refuses «Создать шаблон» (its drop-down lists are data validation, 1.8)', async () => {
    const doc = documentOf([]);
    const excel = fakeExcel(doc, { excelApi: '1.7' });
    const error = await excel.run((context) => createTemplate(context, TODAY)).then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).toBe('ApiNotFound');
    const ok = fakeExcel(documentOf([]), { excelApi: '1.8' });
    expect((await ok.run((context) => createTemplate(context, TODAY))).length).toBeGreaterThan(0);
  });
});
