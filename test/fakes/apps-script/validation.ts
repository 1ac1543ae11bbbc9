/**
 * SpreadsheetApp.newDataValidation(): a builder producing plain rule objects, so tests can read
 * which drop-downs, ranges and dates a sheet got.
 */
import type { CallLog } from './call-log';

export interface ValidationRule {
  readonly criteria: 'VALUE_IN_LIST' | 'NUMBER_BETWEEN' | 'DATE_IS_VALID_DATE';
  readonly values: readonly unknown[];
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export class FakeDataValidationBuilder {
  private rule: { -readonly [K in keyof ValidationRule]: ValidationRule[K] } | null = null;
  private allowInvalid = true;
  private helpText = '';

  constructor(private readonly log: CallLog) {}

  requireValueInList(values: string[], showDropdown = true): this {
    this.log.record('DataValidationBuilder', 'requireValueInList', 'handle');
    if (!Array.isArray(values) || values.length === 0) throw new Error('requireValueInList needs a non-empty list');
    this.rule = { criteria: 'VALUE_IN_LIST', values: [...values], showDropdown, allowInvalid: true, helpText: '' };
    return this;
  }

  requireNumberBetween(start: number, end: number): this {
    this.log.record('DataValidationBuilder', 'requireNumberBetween', 'handle');
    this.rule = { criteria: 'NUMBER_BETWEEN', values: [start, end], showDropdown: false, allowInvalid: true, helpText: '' };
    return this;
  }

  requireDate(): this {
    this.log.record('DataValidationBuilder', 'requireDate', 'handle');
    this.rule = { criteria: 'DATE_IS_VALID_DATE', values: [], showDropdown: false, allowInvalid: true, helpText: '' };
    return this;
  }

  setAllowInvalid(allow: boolean): this {
    this.log.record('DataValidationBuilder', 'setAllowInvalid', 'handle');
    this.allowInvalid = allow;
    return this;
  }

  setHelpText(text: string): this {
    this.log.record('DataValidationBuilder', 'setHelpText', 'handle');
    this.helpText = text;
    return this;
  }

  build(): ValidationRule {
    this.log.record('DataValidationBuilder', 'build', 'handle');
    if (!this.rule) throw new Error('Data validation has no criteria.');
    return Object.freeze({ ...this.rule, allowInvalid: this.allowInvalid, helpText: this.helpText });
  }
}
