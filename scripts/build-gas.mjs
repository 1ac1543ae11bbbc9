#!/usr/bin/env node
// Builds the Google Sheets host into dist/gas/, the folder `clasp push` uploads:
//  - Code.js: gas/main.ts and the core bundled by esbuild (ES2019, IIFE with the global
//    PedmonitorGas), followed by one top-level function per export — Apps Script calls menu
//    handlers, triggers and google.script.run targets only by top-level function name;
//  - Sidebar.html: gas/sidebar.html with the bundled page script (gas/client/) inlined;
//  - appsscript.json: copied from manifests/ after checking runtime, time zone and scopes.
// Files are written atomically (temporary file, then rename) so test files building in
// parallel never read half a file.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'gas');
const GLOBAL = 'PedmonitorGas';
/** Entry points the menu and Apps Script itself call; the build fails if one is missing. */
const REQUIRED = ['onOpen', 'onInstall', 'computeIndicators', 'showReport', 'showSidebar', 'createTemplate', 'createCatalogue', 'showHelp', 'openReportFromPanel'];
const PLACEHOLDER = '<!-- pedmonitor:client-script -->';
const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];

function fail(message) {
  console.error(`build-gas: ${message}`);
  process.exit(1);
}

function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, file);
}

async function bundle(entry, options) {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  });
  return result.outputFiles[0].text;
}

// Server: the IIFE, then the top-level functions generated from what it actually exports.
const server = await bundle('gas/main.ts', { format: 'iife', globalName: GLOBAL, platform: 'neutral' });
const sandbox = {};
vm.runInNewContext(`${server}\nthis.${GLOBAL} = ${GLOBAL};`, sandbox, { filename: 'Code.js' });
const exported = Object.keys(sandbox[GLOBAL]).filter((name) => typeof sandbox[GLOBAL][name] === 'function');
for (const name of REQUIRED) if (!exported.includes(name)) fail(`gas/main.ts does not export ${name}`);
for (const name of exported) {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) fail(`entry point ${name} is not a plain identifier (a trailing _ would make it private)`);
}
const stubs = exported.map((name) => `function ${name}(...args) {\n  return ${GLOBAL}.${name}(...args);\n}`).join('\n\n');
const code = `/**
 * @OnlyCurrentDoc
 * pedmonitor — мониторинг профессионального развития педагогов, Google Таблицы.
 * Built by scripts/build-gas.mjs from gas/ and core/: do not edit, rebuild.
 */
${server}
// Entry points called by Apps Script (menu, triggers, google.script.run).
${stubs}
`;

// Page: the client bundle inlined into the sidebar's HTML.
const client = await bundle('gas/client/sidebar.ts', { format: 'iife', platform: 'browser' });
if (/<\/script|<!--/i.test(client)) fail('the sidebar script contains "</script" or "<!--" and cannot be inlined');
const template = readFileSync(path.join(root, 'gas', 'sidebar.html'), 'utf8');
if (!template.includes(PLACEHOLDER)) fail(`gas/sidebar.html has no ${PLACEHOLDER}`);
const html = template.replace(PLACEHOLDER, () => `<script>\n${client}</script>`);
if (/\s(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html)) fail('Sidebar.html must not load external resources');

// Manifest.
const manifestText = readFileSync(path.join(root, 'manifests', 'appsscript.json'), 'utf8');
const manifest = JSON.parse(manifestText);
if (manifest.runtimeVersion !== 'V8') fail('manifests/appsscript.json: runtimeVersion must be V8');
if (manifest.timeZone !== 'Europe/Moscow') fail('manifests/appsscript.json: timeZone must be Europe/Moscow');
const scopes = [...(manifest.oauthScopes ?? [])].sort();
if (JSON.stringify(scopes) !== JSON.stringify([...SCOPES].sort())) fail(`manifests/appsscript.json: oauthScopes must be exactly ${SCOPES.join(', ')}`);

mkdirSync(outDir, { recursive: true });
writeAtomic(path.join(outDir, 'Code.js'), code);
writeAtomic(path.join(outDir, 'Sidebar.html'), html);
writeAtomic(path.join(outDir, 'appsscript.json'), manifestText);
console.log(`build-gas: dist/gas/Code.js (${exported.length} entry points: ${exported.join(', ')}), Sidebar.html, appsscript.json`);
