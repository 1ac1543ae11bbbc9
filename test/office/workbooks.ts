/**
 * Workbooks for the Excel adapter's tests, built into the fake's FakeDocument the way Office.js
 * would present them (dates as serial numbers): the project's example workbook, and synthetic
 * workbooks of any number of tabs and rows (clean, or with unknown values in every row so that
 * `Проверка данных` grows with the data) to measure syncs and payloads.
 */
import type { CellValue, SheetData } from '../../core/index';
import { generateExampleWorkbook } from '../../core/example/generate';
import { FakeDocument, toSerial } from '../fakes/excel/document';

/** The host's "today" in these tests (default period 2023-2024). */
export const TODAY = new Date(Date.UTC(2024, 5, 15));

/** A Date as Office.js gives it: an Excel serial number. */
export function asOffice(v: unknown): CellValue {
  if (v instanceof Date) return toSerial(v);
  return v as CellValue;
}

/** The example workbook as SheetData with serial dates: the input the core sees from Excel. */
export function exampleSheets(): SheetData[] {
  return generateExampleWorkbook(2024).sheets.map((s) => ({ name: s.name, values: s.rows.map((r) => r.map(asOffice)) }));
}

export function documentOf(sheets: readonly SheetData[]): FakeDocument {
  const doc = new FakeDocument();
  for (const s of sheets) doc.addGrid(s.name, s.values);
  return doc;
}

const HEADER = ['ФИО', 'Должность', 'Категория работника', 'Предмет', 'Дата рождения', 'Педагогический стаж', 'Квалификационная категория', 'Региональная диагностика', 'ПК за период', 'ИОМ ЦНППМ'];
const POSITIONS = ['учитель', 'учитель', 'учитель', 'педагог-психолог', 'заместитель директора'];
const SUBJECTS = ['математика', 'русский язык', 'физика', 'история', 'биология'];
const QUALIFICATION = ['высшая', 'первая', 'СЗД', 'нет'];

/** One organisation tab of `rows` workers; `messy` puts unknown values in two columns of every row. */
export function syntheticTab(index: number, rows: number, messy = false): SheetData {
  const values: CellValue[][] = [HEADER];
  for (let r = 0; r < rows; r++) {
    const k = index * 7919 + r;
    const position = POSITIONS[k % POSITIONS.length]!;
    values.push([
      `Работник ${index}-${r} Тестович`,
      position,
      position.startsWith('заместитель') ? 'управленческий' : 'педагогический',
      position === 'учитель' ? SUBJECTS[k % SUBJECTS.length]! : '',
      toSerial(new Date(Date.UTC(1960 + (k % 40), k % 12, 1 + (k % 28)))),
      k % 35,
      QUALIFICATION[k % QUALIFICATION.length]!,
      messy ? 'не знаю' : k % 3 === 0 ? 'да' : 'нет',
      k % 2 === 0 ? 'да' : 'нет',
      messy ? 'уточняется' : k % 5 === 0 ? 'да' : '',
    ]);
  }
  return { name: `МАОУ СОШ №${index + 1}`, values };
}

export function syntheticSheets(tabs: number, rows: number, messy = false): SheetData[] {
  return Array.from({ length: tabs }, (_, i) => syntheticTab(i, rows, messy));
}
