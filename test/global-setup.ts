/**
 * Removes the temporary folders the tests made under the system's temp directory (CLI, report
 * and browser tests make their own with a `pedmonitor-` prefix), so repeated runs leave no trail.
 * Only folders created after this run started are touched.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const started = Date.now() - 1000;
  return () => {
    for (const name of readdirSync(tmpdir())) {
      if (!name.startsWith('pedmonitor-')) continue;
      const full = path.join(tmpdir(), name);
      try {
        if (statSync(full).isDirectory() && statSync(full).birthtimeMs >= started) rmSync(full, { recursive: true, force: true });
      } catch {
        // Another process may be removing it too; nothing to do.
      }
    }
  };
}
