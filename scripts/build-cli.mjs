#!/usr/bin/env node
// Builds the command line: esbuild bundles cli/index.ts (with the core and the example generator)
// into one CommonJS file dist/cli/pedmonitor.cjs for Node 20, with a shebang, marked executable.
// It has no runtime dependency: the .xlsx layer is our own (cli/xlsx/). The file is written to a
// temporary name and renamed, so a build running while the CLI starts (parallel test files)
// never leaves a half-written bundle.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outfile = path.join(root, 'dist', 'cli', 'pedmonitor.cjs');

const result = await build({
  entryPoints: [path.join(root, 'cli', 'index.ts')],
  outfile,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  define: { PEDMONITOR_VERSION: JSON.stringify(pkg.version) },
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});

mkdirSync(path.dirname(outfile), { recursive: true });
for (const file of result.outputFiles) {
  const temp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temp, file.contents, { mode: 0o755 });
  chmodSync(temp, 0o755);
  renameSync(temp, file.path);
}
