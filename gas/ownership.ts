/**
 * Which sheets this host may delete or rename. The shared registry `_pedmonitor` (core/output/
 * ownership.ts) lists output names; in Google Sheets each sheet the program creates also carries
 * developer metadata `pedmonitor`, attached to the sheet itself, so a sheet a user later gives an
 * output name is never mistaken for ours even though the registry lists that name.
 *
 * Strict mode (the registry sheet carries the marker, i.e. this host wrote it): a listed sheet is
 * ours only if it carries the marker too. A registry without the marker was written by another
 * host (the CLI or Excel, then the file was uploaded to Google Sheets): its list is trusted, as
 * the shared contract says, and the first run here marks those sheets.
 */
import { readRegistry, type SheetGrid } from '../core/index';

export const MARKER_KEY = 'pedmonitor';
export const MARKER_VALUE = 'sheet';

export function hasMarker(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === MARKER_KEY);
}

export function addMarker(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  sheet.addDeveloperMetadata(MARKER_KEY, MARKER_VALUE, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}

/**
 * The names the program may rewrite: the registry's list, narrowed in strict mode to the sheets
 * that carry the marker.
 */
export function ownedNames(registry: SheetGrid | undefined, strict: boolean, marked: ReadonlySet<string>): Set<string> {
  const listed = readRegistry(registry);
  return strict ? new Set([...listed].filter((n) => marked.has(n))) : listed;
}
