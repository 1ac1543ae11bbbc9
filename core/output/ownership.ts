/**
 * Which sheets the program may rewrite. Every host keeps a hidden registry sheet `_pedmonitor`
 * listing the output sheets it created (a `_` sheet is never read as an organisation); a sheet
 * with an output name that the registry does not list is the user's own, and the run stops
 * before anything is written. Hosts may add a native marker of their own on top (developer
 * metadata in Apps Script); the registry is what all three hosts share, so a workbook computed
 * by the CLI can be recomputed in Excel or Google Sheets.
 */
import { cellText, type SheetGrid } from '../cells';
import { pedmonitorError, type PedmonitorError } from '../errors';
import { OWNERSHIP, REGISTRY_HEADER, REGISTRY_TITLE } from '../texts/ru/output';

export const REGISTRY_SHEET = '_pedmonitor';

/** Whether a sheet's content is a registry the program wrote (not a user's sheet of that name). */
export function isRegistryGrid(grid: SheetGrid): boolean {
  return cellText(grid[0]?.[0]) === REGISTRY_TITLE;
}

/** Names of the output sheets the registry says the program created. */
export function readRegistry(grid: SheetGrid | undefined): Set<string> {
  const out = new Set<string>();
  if (!grid || !isRegistryGrid(grid)) return out;
  for (let r = 2; r < grid.length; r++) {
    const name = cellText(grid[r]?.[0]);
    if (name) out.add(name);
  }
  return out;
}

/** The registry sheet's content for a set of created sheets (sorted, so reruns are identical). */
export function registryGrid(names: Iterable<string>): string[][] {
  return [[REGISTRY_TITLE], REGISTRY_HEADER, ...[...new Set(names)].sort().map((n) => [n])];
}

/**
 * The error that stops a run when a sheet the program is about to write exists but was not
 * created by it, or null when every write is safe.
 */
export function checkOutputOwnership(
  existingSheets: readonly string[],
  outputs: readonly string[],
  created: ReadonlySet<string>,
): PedmonitorError | null {
  // Spreadsheet hosts compare sheet names case-insensitively, so "показатели" would collide too.
  const existing = new Map(existingSheets.map((n) => [n.toLowerCase(), n]));
  const taken = outputs
    .map((o) => existing.get(o.toLowerCase()))
    .filter((actual): actual is string => actual !== undefined && !created.has(actual));
  if (taken.length === 0) return null;
  return pedmonitorError('output-sheet-taken', OWNERSHIP.outputsTaken(taken));
}

/** The error for a user's own sheet named like the registry, which the program must not overwrite. */
export function registryTakenError(): PedmonitorError {
  return pedmonitorError('output-sheet-taken', OWNERSHIP.registryTaken(REGISTRY_SHEET));
}
