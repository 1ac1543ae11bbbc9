/**
 * The editable catalogue (issue 5): the sheet «Настройка показателей» written from a preset and
 * read back into one, its condition language, and the declared extra columns. Hosts and the core's
 * computation import from here.
 */
export { canonical } from './canonical';
export { INTERNAL_ERROR, parseCondition, parseFieldName, parseGroup, type ConditionError, type ParseResult } from './condition';
export { CATALOGUE_HEADER_ROW, catalogueSheet, criterionCells, exportCatalogue, findCatalogueSheetName } from './export';
export { printCondition, printGroup, printLiteral, printNumber } from './print';
export { catalogueOrigin, readCatalogue, type CatalogueRead } from './read';
export { CATALOGUE_TEXT, COLUMNS, CUSTOM_COLUMNS, CUSTOM_SECTION, CUSTOM_TYPE_NAMES, KIND_NAMES, ORIGIN_LABEL } from '../texts/ru/catalogue';
export { tokenize, type Token } from './tokens';
export { populationTitle, vocabulary, type CustomField, type FieldEntry, type Vocabulary } from './vocabulary';
