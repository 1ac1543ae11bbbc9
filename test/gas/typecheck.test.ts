/**
 * gas/ is compiled by esbuild, which strips types without checking them, and the root typecheck
 * does not include gas/. This test runs the compiler on both Apps Script configurations: the
 * server against @types/google-apps-script, the sidebar's page code against the DOM.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

function typecheck(project: string): string {
  try {
    execFileSync(process.execPath, [tsc, '-p', project, '--noEmit'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

describe('type-checking gas/', () => {
  it('server code against @types/google-apps-script', () => {
    expect(typecheck('gas/tsconfig.json')).toBe('');
  });

  it('sidebar page code against the DOM', () => {
    expect(typecheck('gas/client/tsconfig.json')).toBe('');
  });
});
