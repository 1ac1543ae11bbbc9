/**
 * The model behind a generated workbook: every cell kept together with the truth it stands for,
 * so tests compute expected figures from the truth and never by reading cells back.
 */
import type { CellValue } from '../../core/cells';
import type { Category, ColumnKey, OrgType, PositionDef, YesNoKey } from './contract';

export const UNKNOWN = 'unknown' as const;
export type Unknown = typeof UNKNOWN;

/** A cell as written, with the value it means. */
export interface Rendered<T> {
  readonly truth: T;
  readonly cell: CellValue;
}

/** Ages are counted at this date; pass it as `referenceDate` to the core. */
export const REFERENCE_DATE = new Date(Date.UTC(2024, 5, 1));

export interface AgeModel {
  readonly truth: number | null | Unknown;
  /** The truth written in a Возраст column. */
  readonly ageCell: CellValue;
  /** The truth written in a Дата рождения column. */
  readonly birthCell: CellValue;
  /** A valid, unrelated birth date: what Дата рождения holds when Возраст is filled (Возраст wins). */
  readonly decoyBirthCell: CellValue;
  /** In a tab with both columns: leave Возраст empty and give the birth date. */
  readonly bothUsesBirth: boolean;
}

export interface PersonModel {
  /** null: the Должность cell is empty. */
  readonly position: PositionDef | null;
  readonly positionCell: CellValue;
  /** truth null: the cell is empty and the category comes from the position. */
  readonly category: Rendered<Category | Unknown | null>;
  readonly subject: Rendered<string | null>;
  readonly age: AgeModel;
  readonly experience: Rendered<number | null | Unknown>;
  readonly hours: Rendered<number | null | Unknown>;
  readonly qualification: Rendered<string | null | Unknown>;
  readonly diagScore: Rendered<number | null | Unknown>;
  readonly mgmtScore: Rendered<number | null | Unknown>;
  /** Rank in CONTEST_LEVELS. */
  readonly contest: Rendered<number | Unknown>;
  readonly yesNo: Readonly<Record<YesNoKey, Rendered<boolean | Unknown>>>;
  /** How the ФИО is written: «Работник 5», «работник 5», « Работник 5 », «РАБОТНИК 5». */
  readonly fioStyle: number;
}

export type AgeMode = 'age' | 'birth' | 'both' | 'none';

export interface TabLayout {
  /** Known columns absent from the tab (never ФИО or Должность; age columns follow ageMode). */
  readonly omitted: readonly ColumnKey[];
  readonly ageMode: AgeMode;
  /** Seed of a column permutation; null keeps the contract's order. */
  readonly order: number | null;
  /** Unknown «№ п/п» and «Примечание» columns. */
  readonly extraColumns: boolean;
  /** 0: canonical headers; otherwise a seed for upper/lower case, padding, е for ё, other spellings. */
  readonly headerSeed: number;
  /** Rows above the header row (a title, an empty row …). */
  readonly titleRows: number;
}

export type Artefact =
  | { readonly kind: 'empty'; readonly at: number; readonly cells: readonly CellValue[] }
  | { readonly kind: 'totals'; readonly at: number; readonly label: string }
  | { readonly kind: 'noName'; readonly at: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly of: number; readonly fioStyle: number };

export interface OrgListing {
  readonly nameStyle: number;
  /** The Тип cell; an unusable one («школа», «?») leaves the type to the tab's name, which names are built to agree with. */
  readonly typeCell: CellValue;
  readonly lowResults: Rendered<boolean | Unknown>;
  readonly internship: CellValue;
  readonly mentoringModel: CellValue;
  readonly incentives: CellValue;
  readonly planned: CellValue;
  readonly actual: CellValue;
}

export interface OrgModel {
  readonly name: string;
  readonly type: OrgType;
  /** The organisation's row in `Организации`, or null when it is not listed. */
  readonly listing: OrgListing | null;
  readonly layout: TabLayout;
  /** The people counted in this organisation, in tab order. */
  readonly persons: readonly PersonModel[];
  /** Rows that are not people: inserted among the person rows at `at`. */
  readonly artefacts: readonly Artefact[];
}

export interface WorkbookModel {
  readonly clean: boolean;
  readonly orgs: readonly OrgModel[];
  readonly organizationsSheet: boolean;
  /** `Организации` also lists an organisation that has no tab. */
  readonly orphanListing: boolean;
  readonly municipality: readonly (readonly CellValue[])[] | null;
  /** The first person of the second tab has the ФИО of the first person of the first tab. */
  readonly partTimer: boolean;
  /** An ignored `_черновик` sheet with a roster-like header. */
  readonly draftSheet: boolean;
  readonly reservedFirst: boolean;
}

export interface WorkbookOptions {
  /** No unknown values, every number filled, every `Организации` fact readable. */
  readonly clean?: boolean;
  readonly maxOrgs?: number;
  readonly maxPersons?: number;
}
