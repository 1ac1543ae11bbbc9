/**
 * The shape of what `clasp push` uploads: Code.js declares every entry point as a real top-level
 * function and nothing else callable, the manifest asks for exactly the two narrow scopes, and
 * the sidebar is one self-contained HTML file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DIST } from '../fakes/apps-script';
import { SERVER_FUNCTIONS } from '../../gas/shared/api';
import { buildGas } from './helpers';

beforeAll(buildGas);

const read = (file: string): string => readFileSync(path.join(DEFAULT_DIST, file), 'utf8');
const ENTRY_POINTS = ['onOpen', 'onInstall', 'computeIndicators', 'showReport', 'showSidebar', 'createTemplate', 'createCatalogue', 'showHelp', ...SERVER_FUNCTIONS];

describe('dist/gas/Code.js', () => {
  it('declares exactly the entry points as top-level functions, and only the bundle as a variable', () => {
    const code = read('Code.js');
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const globals = Object.keys(context).sort();
    expect(globals).toEqual(['PedmonitorGas', ...ENTRY_POINTS].sort());
    for (const name of ENTRY_POINTS) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('carries @OnlyCurrentDoc and touches no Apps Script service while loading', () => {
    const code = read('Code.js');
    expect(code.slice(0, 300)).toContain('@OnlyCurrentDoc');
    // Loading in an empty context (no SpreadsheetApp…) did not throw above; Apps Script loads the file on every call.
  });

  it('is ES2019 syntax (no ?? or ?. operators, no class fields)', () => {
    const code = read('Code.js').replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
    expect(code).not.toMatch(/[\w)\]]\s*\?\?\s*[\w("'[]/);
    expect(code).not.toMatch(/[\w)\]]\?\.[\w([]/);
  });
});

describe('dist/gas/appsscript.json', () => {
  it('V8, Europe/Moscow, and only spreadsheets.currentonly and script.container.ui', () => {
    const manifest = JSON.parse(read('appsscript.json')) as Record<string, unknown>;
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Moscow');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest).not.toHaveProperty('dependencies.enabledAdvancedServices');
  });
});

describe('dist/gas/Sidebar.html', () => {
  it('is one self-contained Russian page with the script inlined', () => {
    const html = read('Sidebar.html');
    expect(html).toContain('<html lang="ru">');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//);
    expect(html).not.toContain('pedmonitor:client-script');
    expect(html).toContain('google.script.run');
  });
});
