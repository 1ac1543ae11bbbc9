/**
 * «Создать шаблон»: the sheets of an empty monitoring workbook laid out by the contract, with the
 * canonical headers and the drop-down lists each column accepts. Data only: each host creates the
 * sheets it does not already have and applies the validations with its own API.
 */
import { defaultPeriod, utcDay } from './compute-workbook';
import { CONTEST_LEVELS } from './expr';
import { ROSTER_FIELDS, type FieldDef } from './fields';
import { MUNICIPAL_NUMBER_ROWS, MUNICIPAL_YES_NO_ROWS } from './read/municipality';
import { SHEET } from './read/workbook';
import { DEFAULT_PRESET_ID } from './presets/index';
import {
  EXAMPLE_ORGANIZATION_TAB,
  MUNICIPALITY_COLUMN,
  NO,
  ORG_COLUMN,
  ORG_FLAG_TITLES,
  ORG_NUMBER_TITLES,
  ORG_TYPE,
  ORG_TYPES,
  QUALIFICATIONS,
  SETTING,
  SETTINGS_COLUMN,
  STAFF,
  YES,
} from './texts/ru/workbook';
import { defaultTemplateContext, measuresTemplateSheets, type TemplateContext } from './measures/template';

export type Validation =
  | { readonly column: number; readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly column: number; readonly kind: 'number'; readonly min: number; readonly max: number }
  | { readonly column: number; readonly kind: 'date' };

export interface TemplateSheet {
  readonly name: string;
  /** Header row first; the header is frozen and bold. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Validations apply to the data rows below the header (rows 2…1000). */
  readonly validations: readonly Validation[];
  readonly columnWidths: readonly number[];
  /** Columns formatted as text, so that a criterion id «8.10» never becomes the number 8.1. */
  readonly textColumns?: readonly number[];
}

export { EXAMPLE_ORGANIZATION_TAB, ORG_TYPES };
export const TEMPLATE_DATA_ROWS = 1000;

const YES_NO = [YES, NO];

function validationFor(def: FieldDef, column: number): Validation | null {
  switch (def.type) {
    case 'yesno':
      return { column, kind: 'list', values: YES_NO };
    case 'staffCategory':
      return { column, kind: 'list', values: [STAFF.ped, STAFF.mgmt] };
    case 'qualification':
      return { column, kind: 'list', values: QUALIFICATIONS };
    case 'contestLevel':
      return { column, kind: 'list', values: CONTEST_LEVELS };
    case 'date':
      return { column, kind: 'date' };
    case 'number':
      return { column, kind: 'number', min: def.range?.min ?? 0, max: def.range?.max ?? 100 };
    default:
      return null;
  }
}

/**
 * The template's sheets. `context` fills the drop-downs of «Мероприятия» and «Сведения ОО» with the
 * workbook's own preset and organisations (templateContext); without it, the default preset's.
 */
export function templateSheets(today: Date, context: TemplateContext = defaultTemplateContext(today)): TemplateSheet[] {
  const fields = ROSTER_FIELDS as readonly FieldDef[];
  const rosterValidations = fields.map((f, i) => validationFor(f, i)).filter((v): v is Validation => v !== null);
  const orgHeader = [ORG_COLUMN.organization, ORG_COLUMN.type, ...Object.values(ORG_FLAG_TITLES), ...Object.values(ORG_NUMBER_TITLES)];
  const municipalRows = [...MUNICIPAL_YES_NO_ROWS, ...MUNICIPAL_NUMBER_ROWS];
  return [
    {
      name: SHEET.settings,
      rows: [
        [SETTINGS_COLUMN.name, SETTINGS_COLUMN.value],
        [SETTING.presetId, DEFAULT_PRESET_ID],
        [SETTING.period, defaultPeriod(utcDay(today))],
        [SETTING.referenceDate, null],
        [SETTING.attentionThreshold, 15],
        [SETTING.minPeople, 5],
      ],
      validations: [],
      columnWidths: [240, 180],
    },
    {
      name: SHEET.organizations,
      rows: [orgHeader, [EXAMPLE_ORGANIZATION_TAB, ORG_TYPE.school, NO, NO, NO, NO, null, null]],
      validations: [
        { column: 1, kind: 'list', values: ORG_TYPES },
        ...[2, 3, 4, 5].map((column): Validation => ({ column, kind: 'list', values: YES_NO })),
        { column: 6, kind: 'number', min: 0, max: 100000 },
        { column: 7, kind: 'number', min: 0, max: 100000 },
      ],
      columnWidths: [240, 70, 150, 150, 110, 170, 120, 130],
    },
    {
      name: SHEET.municipality,
      rows: [[MUNICIPALITY_COLUMN.name, MUNICIPALITY_COLUMN.value], ...municipalRows.map((r) => [r, null])],
      validations: [],
      columnWidths: [320, 120],
    },
    ...measuresTemplateSheets(context),
    {
      name: EXAMPLE_ORGANIZATION_TAB,
      rows: [fields.map((f) => f.header)],
      validations: rosterValidations,
      columnWidths: fields.map((f) => (f.key === 'fio' ? 240 : f.key === 'position' ? 200 : f.type === 'yesno' ? 110 : 130)),
    },
  ];
}
