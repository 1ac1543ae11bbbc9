/**
 * Criteria are data. A preset is a list of these declarations and one engine (engine/) evaluates
 * every kind; no criterion has a loop of its own. Conditions and populations are small
 * expression trees, so the editable catalogue can later parse a Russian condition language into
 * the very same trees.
 */
import type { FieldKey } from './fields';
import type { OrgType } from './texts/ru/workbook';

/** Names of the populations of workbook.md §2. */
export type PopulationName =
  | 'all'
  | 'ped'
  | 'mgmt'
  | 'teachers'
  | 'young'
  | 'mentors'
  | 'offProfile'
  | 'addEd'
  | 'preschool'
  | 'school'
  | 'lowResults'
  | 'stem'
  | 'diagnosed'
  | 'generalEd'
  | 'iomDone'
  | 'withDeficit';

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** A literal a field is compared with: numbers for numbers and ordinal levels, text otherwise. */
export type Literal = number | string | boolean;

/** A row-level condition, evaluated with three-valued logic (true / false / unknown). */
export type Expr =
  /** A yes/no field is "да". */
  | { readonly op: 'yes'; readonly field: FieldKey }
  /** A field compared with a literal (numbers, ordinal levels, dates as ISO text, category text). */
  | { readonly op: 'cmp'; readonly field: FieldKey; readonly cmp: CompareOp; readonly value: Literal }
  /** Normalised text of the field starts with / contains any of the normalised needles. */
  | { readonly op: 'startsWith' | 'contains'; readonly field: FieldKey; readonly values: readonly string[] }
  /** The field has a usable value (not empty, not unknown). */
  | { readonly op: 'filled'; readonly field: FieldKey }
  | { readonly op: 'and' | 'or'; readonly args: readonly Expr[] }
  | { readonly op: 'not'; readonly arg: Expr }
  /** Membership of a named population. */
  | { readonly op: 'population'; readonly name: PopulationName }
  | { readonly op: 'true' };

/** A target as the documents state it: "не менее 90 %" is { op: '>=', value: 90 }. */
export interface Target {
  readonly op: '>=' | '>' | '<=' | '<' | '=';
  /** Percent for shares, a count for counts, true for presence ("да"). */
  readonly value: number | boolean;
}

export type CriterionKind = 'share' | 'count' | 'presence' | 'orgShare' | 'mean' | 'distribution';

/** Organisation types of `Организации`. */
export type { OrgType };

/** Organisation-level yes/no facts of the `Организации` sheet. */
export type OrgFlagKey = 'lowResults' | 'internshipSite' | 'mentoringModelAdopted' | 'mentorIncentives';
/** Organisation-level numbers of the `Организации` sheet. */
export type OrgNumberKey = 'staffPlanned' | 'staffActual';

/** How an organisation qualifies for the numerator of an orgShare criterion. */
export type OrgTest =
  /** A yes/no fact of `Организации`. */
  | { readonly kind: 'orgFlag'; readonly flag: OrgFlagKey }
  /** The share of `population` members meeting `condition` compared with `threshold` percent. */
  | {
      readonly kind: 'memberShare';
      readonly population: Expr;
      readonly condition: Expr;
      readonly cmp: '>' | '>=';
      readonly threshold: number;
    };

interface CriterionBase {
  readonly id: string;
  /** Full wording of the source document. */
  readonly name: string;
  /** Short name for narrow places (charts, recommendations). */
  readonly shortName: string;
  /** Track and indicator the criterion belongs to (for grouping in `Показатели`). */
  readonly track: string;
  readonly indicator: string;
  readonly target?: Target;
  /**
   * Which direction is an improvement. Default: higher, or lower when the target is "менее …".
   * Set for criteria that count a problem (part-timers, overload, off-profile teaching).
   */
  readonly better?: 'higher' | 'lower';
  /** Area of work, for recommendations; inferred from the fields the criterion reads when absent. */
  readonly topic?: Topic;
}

/** Areas of methodological work the recommendations and management decisions are written for. */
export type Topic =
  | 'diagnostics'
  | 'routes'
  | 'burnout'
  | 'contests'
  | 'methodical'
  | 'staffing'
  | 'retraining'
  | 'young'
  | 'mentoring'
  | 'training'
  | 'management';

/** Share of a population's members meeting a condition, per organisation and as a ratio of sums. */
export interface ShareCriterion extends CriterionBase {
  readonly kind: 'share';
  readonly population: Expr;
  readonly condition: Expr;
  /** Break the figure down by the Предмет column (1.1, 1.2). */
  readonly bySubject?: boolean;
}

/** Share computed from organisation or municipal numbers rather than rosters (6.1, 8.1). */
export interface NumberShareCriterion extends CriterionBase {
  readonly kind: 'share';
  readonly source:
    | { readonly from: 'organizations'; readonly numerator: OrgNumberKey; readonly denominator: OrgNumberKey }
    | { readonly from: 'municipality'; readonly numerator: string; readonly denominator: string };
}

export interface CountCriterion extends CriterionBase {
  readonly kind: 'count';
  readonly population: Expr;
  readonly condition: Expr;
}

export interface PresenceCriterion extends CriterionBase {
  readonly kind: 'presence';
  readonly source:
    | { readonly from: 'municipality'; readonly row: string }
    | { readonly from: 'organizations'; readonly flag: OrgFlagKey };
}

export interface OrgShareCriterion extends CriterionBase {
  readonly kind: 'orgShare';
  /** Organisation types counted; absent means every type. */
  readonly orgTypes?: readonly OrgType[];
  /** An organisation is counted only if it has at least one member of this population. */
  readonly population: Expr;
  readonly test: OrgTest;
}

export interface MeanCriterion extends CriterionBase {
  readonly kind: 'mean';
  readonly population: Expr;
  readonly field: FieldKey;
}

export interface DistributionBand {
  readonly label: string;
  /** Lower bound, exclusive unless it is the first band. */
  readonly above?: number;
  /** Upper bound, inclusive. */
  readonly atMost?: number;
}

export interface DistributionCriterion extends CriterionBase {
  readonly kind: 'distribution';
  readonly population: Expr;
  readonly field: FieldKey;
  readonly bands: readonly DistributionBand[];
}

export type Criterion =
  | ShareCriterion
  | NumberShareCriterion
  | CountCriterion
  | PresenceCriterion
  | OrgShareCriterion
  | MeanCriterion
  | DistributionCriterion;

export interface Preset {
  readonly id: string;
  readonly title: string;
  /** The source document, for the header of the output sheets. */
  readonly source: string;
  readonly version: number;
  readonly criteria: readonly Criterion[];
}

export function isNumberShare(c: Criterion): c is NumberShareCriterion {
  return c.kind === 'share' && 'source' in c;
}
