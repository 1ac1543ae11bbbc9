#!/usr/bin/env node
// Runs a TypeScript entry point of this repository without a TS runtime dependency: esbuild
// bundles it (Node platform, packages left external) into node_modules/.cache and Node runs it.
// Usage: node scripts/run-ts.mjs <entry.ts> [args...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'pedmonitor');
mkdirSync(cacheDir, { recursive: true });
const outfile = path.join(cacheDir, path.basename(entry).replace(/\.ts$/, '') + '.mjs');
await build({
  entryPoints: [path.resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
