/**
 * ExcelJS 4.4 writes a workbook by turning every cell's style object into a cellXfs index
 * (StylesXform.addStyleModel): it renders the style to XML to look it up and remembers each style
 * object in a WeakMap. A loaded cell without a style of its own has a fresh empty object, so the
 * input's copy cost one XML rendering and one WeakMap entry per cell — millions at 100,000 rows,
 * and a WeakMap that large made the write take minutes.
 *
 * Before writing, shareEmptyStyles gives every unstyled number, text and yes/no cell one shared
 * empty style object instead: ExcelJS then looks it up once. The index is the same as before
 * (the default style, 0, for each of these types; dates and formulas, whose empty style depends
 * on the value, keep their own objects).
 */
import ExcelJS from 'exceljs';

const SHAREABLE: ReadonlySet<ExcelJS.ValueType> = new Set([ExcelJS.ValueType.Number, ExcelJS.ValueType.String, ExcelJS.ValueType.Boolean]);

/** True when the style sets none of the parts addStyleModel looks at. */
function isEmptyStyle(s: Partial<ExcelJS.Style>): boolean {
  return !s.numFmt && !s.font && !s.border && !s.fill && !s.alignment && !s.protection;
}

/**
 * Gives the workbook's unstyled number, text and yes/no cells one shared style object. Only for
 * a workbook about to be written: setting a style part on one of these cells afterwards (cell.font
 * = …) would change them all.
 */
export function shareEmptyStyles(workbook: ExcelJS.Workbook): void {
  const empty: Partial<ExcelJS.Style> = {};
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (SHAREABLE.has(cell.type) && cell.style !== empty && isEmptyStyle(cell.style)) cell.style = empty;
      });
    });
  }
}
