/**
 * The page's binding of the .xlsx layer (cli/xlsx/) to the browser codec: read with
 * readWorkbook (planRun refuses a foreign `_pedmonitor` sheet, as in every host), write the outputs
 * with writeWorkbook into the input's own bytes (its parts copied as they are), and the template
 * as a new workbook. The same calls, in the same order and with the same options, as
 * `pedmonitor compute`, so the bytes are the same.
 */
import { classifySheets } from '../../core/index';
import { readWorkbook, writeWorkbook } from '../../cli/xlsx/index';
import { writeTemplate } from '../../cli/xlsx/template';
import { browserCodec } from './codec';
import type { PageXlsx } from './xlsx';

export function browserXlsx(): PageXlsx {
  return {
    async read(bytes, fileName) {
      const book = await readWorkbook(bytes, browserCodec, { label: fileName });
      const tabs = classifySheets(book.sheets).organizationTabs;
      return {
        sheets: book.sheets,
        organizationTabs: tabs.length,
        organizationRows: tabs.reduce((n, t) => n + t.values.length, 0),
      };
    },
    write: (bytes, plan) => writeWorkbook(bytes, { sheets: plan.outputs, registry: plan.registry }, browserCodec),
    template: (sheets) => writeTemplate(sheets, browserCodec),
  };
}
