/**
 * In-memory fakes of the Apps Script services the Google Sheets host uses, and the environment
 * that loads the built Code.js among them. See each file for what is faithful and why.
 */
export * from './call-log';
export * from './charts';
export * from './environment';
export * from './range';
export * from './services';
export * from './sheet';
export * from './spreadsheet';
export * from './ui';
export * from './validation';
export * from './values';
export * from './client-run';
