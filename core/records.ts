/**
 * What the reader makes of a workbook: organisations with their typed roster rows, the
 * municipality's facts and the settings. The engine evaluates criteria over this and nothing else.
 */
import type { Column } from './column';
import type { OrgFlagKey, OrgNumberKey, OrgType } from './criteria';
import type { FieldKey } from './fields';
import type { Issue } from './issues';
import type { Unknown } from './values';

/** A typed cell: yes/no → boolean, numbers and ranks → number, text → string; null when empty. */
export type FieldValue = boolean | number | string | null | Unknown;

export interface Organization {
  readonly name: string;
  readonly type: OrgType;
  /** True when the type was inferred from the tab's name rather than read from `Организации`. */
  readonly typeInferred: boolean;
  /** Whether `Организации` lists this tab. */
  readonly listed: boolean;
  readonly flags: Readonly<Partial<Record<OrgFlagKey, boolean | null>>>;
  readonly numbers: Readonly<Partial<Record<OrgNumberKey, number | null>>>;
  /** Fields the tab has a column for (derived ones such as age included). */
  readonly columns: ReadonlySet<FieldKey>;
  /** The 1-based sheet row of each person read, in reading order: row i of the organisation. */
  readonly rows: readonly number[];
  /**
   * The typed values column by column (column.ts): row i's value of a field is
   * `valueAt(values.get(field), i)`. A field without a column has no entry. Columns rather than
   * one object per person: the engine reads a field for every row at once, and 1.7 million
   * people are 1.7 million fewer objects.
   */
  readonly values: ReadonlyMap<FieldKey, Column>;
}

export interface Settings {
  readonly presetId: string | null;
  readonly period: string | null;
  readonly referenceDate: Date | null;
  readonly attentionThreshold: number | null;
  /** `Минимум человек для вывода` (workbook.md §5). */
  readonly minPeople: number | null;
}

export interface Dataset {
  readonly organizations: readonly Organization[];
  /** `Муниципалитет` rows by normalised name: yes/no facts as booleans, numbers as numbers. */
  readonly municipality: ReadonlyMap<string, boolean | number | null>;
  readonly hasMunicipalitySheet: boolean;
  readonly hasOrganizationsSheet: boolean;
  readonly issues: readonly Issue[];
  /** Whether a text holds a word of a worker's name (so it is never echoed to an output). */
  readonly isPersonName?: (text: string) => boolean;
}
