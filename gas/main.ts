/**
 * The bundle's entry: every function Apps Script calls by name. scripts/build-gas.mjs bundles this
 * module as an IIFE (global PedmonitorGas) and appends one top-level function declaration per
 * export — Apps Script finds menu handlers, triggers and google.script.run targets only among
 * top-level functions. Export nothing here that a user should not be able to run.
 */
export { onOpen, onInstall, computeIndicators, showSidebar, createTemplate, createCatalogue, showHelp } from './menu';
export { getPanelState, runFromPanel, getRunProgress, openProblemsSheet, createTemplateFromPanel, createCatalogueFromPanel } from './panel';
export { showReport, openReportFromPanel } from './report';
