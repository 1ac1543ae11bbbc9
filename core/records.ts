/**
 * What the reader makes of a workbook: organisations with their typed roster rows, the
 * municipality's facts and the settings. The engine evaluates criteria over this and nothing else.
 */
import type { OrgFlagKey, OrgNumberKey, OrgType } from './criteria';
import type { FieldKey } from './fields';
import type { Issue } from './issues';
import type { Unknown } from './values';

/** A typed cell: yes/no → boolean, numbers and ranks → number, text → string; null when empty. */
export type FieldValue = boolean | number | string | null | Unknown;

export interface PersonRecord {
  /** Organisation (tab) name. */
  readonly org: string;
  /** 1-based row of the tab. */
  readonly row: number;
  /** Typed values by field key; a key that is absent means its column is absent from the tab. */
  readonly values: Readonly<Partial<Record<FieldKey, FieldValue>>>;
}

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
  readonly records: readonly PersonRecord[];
}

export interface Settings {
  readonly presetId: string | null;
  readonly period: string | null;
  readonly referenceDate: Date | null;
  readonly attentionThreshold: number | null;
}

export interface Dataset {
  readonly organizations: readonly Organization[];
  /** `Муниципалитет` rows by normalised name: yes/no facts as booleans, numbers as numbers. */
  readonly municipality: ReadonlyMap<string, boolean | number | null>;
  readonly hasMunicipalitySheet: boolean;
  readonly hasOrganizationsSheet: boolean;
  readonly issues: readonly Issue[];
}
