/**
 * The architecture as a test (style.md: unstorage's driver-dependencies test): the core imports
 * nothing outside core/ and no package, so it stays pure TypeScript any host can bundle; a host
 * reaches the core only through core/index.ts, its one public surface; the product imports nothing
 * from scripts/ (tests may take fixtures from there), so everything it ships lives in the product. Import specifiers are
 * read with the TypeScript parser (imports, re-exports, `import()` and `import type`).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imports, parse, PRODUCT_DIRS, sourceFiles } from './sources';

const HOSTS = ['gas/', 'office-addin/', 'cli/', 'page/'];
/**
 * Code bundled on its own for a browser may take the core's texts directly: core/index.ts would
 * bring the whole engine into a sidebar that only needs `plural`, or into the offline page's
 * Web Worker that only reads and writes .xlsx, or into the page's own UI.
 */
const PAGE_TEXTS: { readonly from: string; readonly to: string }[] = [
  { from: 'gas/client/', to: 'core/texts/' },
  { from: 'cli/xlsx/', to: 'core/texts/' },
  { from: 'page/ui/', to: 'core/texts/' },
];

export interface Violation {
  readonly file: string;
  readonly specifier: string;
  readonly rule: string;
}

/** Where a relative specifier points, as a repository path without extension. */
function target(file: string, specifier: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.(ts|js|mjs)$/, '');
}

/** The rules broken by one file's imports. */
export function violations(file: string, specifiers: readonly string[]): Violation[] {
  const out: Violation[] = [];
  for (const specifier of specifiers) {
    const relative = specifier.startsWith('.');
    const to = relative ? target(file, specifier) : null;
    if (file.startsWith('core/')) {
      if (!relative) out.push({ file, specifier, rule: 'the core imports no package' });
      else if (!to!.startsWith('core/')) out.push({ file, specifier, rule: 'the core imports nothing outside core/' });
    } else if (HOSTS.some((h) => file.startsWith(h)) && to?.startsWith('core/')) {
      const page = PAGE_TEXTS.some((p) => file.startsWith(p.from) && to.startsWith(p.to));
      if (to !== 'core/index' && !page) out.push({ file, specifier, rule: 'a host imports the core only through core/index.ts' });
    }
    // The product has no runtime dependency: it bundles nothing but itself and Node's built-ins
    // (ExcelJS, SheetJS, HyperFormula and the rest are tests' independent readers and oracles).
    if (!relative && !file.startsWith('core/') && PRODUCT_DIRS.some((d) => file.startsWith(`${d}/`)) && !specifier.startsWith('node:'))
      out.push({ file, specifier, rule: 'the product imports no package, only Node built-ins' });
    // Tests may take fixtures and oracles from scripts/ (style.md: fixtures come from scripts); the product may not.
    const product = PRODUCT_DIRS.some((d) => file.startsWith(`${d}/`));
    if (product && to?.startsWith('scripts/')) out.push({ file, specifier, rule: 'the product imports nothing from scripts/' });
  }
  return out;
}

describe('the architecture', () => {
  const files = sourceFiles([...PRODUCT_DIRS, 'test']);

  it('reads the product and its tests', () => {
    expect(files).toContain('core/index.ts');
    expect(files).toContain('gas/port.ts');
    expect(files).toContain('test/architecture/imports.test.ts');
  });

  it('holds in every source file', () => {
    const broken = files.flatMap((f) => violations(f, imports(parse(f))));
    expect(broken).toEqual([]);
  });

  it('catches a core module importing a host, a package or node, and a host reaching past core/index.ts', () => {
    expect(violations('core/engine/x.ts', ['../../gas/run', '../compute-workbook', 'exceljs', 'node:fs']).map((v) => v.rule)).toEqual([
      'the core imports nothing outside core/',
      'the core imports no package',
      'the core imports no package',
    ]);
    expect(violations('office-addin/src/excel/x.ts', ['../../../core/text', '../../../core/index']).map((v) => v.specifier)).toEqual(['../../../core/text']);
    expect(violations('cli/run/demo.ts', ['../../scripts/example/generate']).map((v) => v.rule)).toEqual(['the product imports nothing from scripts/']);
    expect(violations('test/x.test.ts', ['../scripts/bench/exceljs-read'])).toEqual([]);
    expect(violations('test/x.test.ts', ['exceljs', 'xlsx'])).toEqual([]);
    expect(violations('cli/xlsx/read.ts', ['exceljs', 'node:zlib', 'xlsx']).map((v) => [v.specifier, v.rule])).toEqual([
      ['exceljs', 'the product imports no package, only Node built-ins'],
      ['xlsx', 'the product imports no package, only Node built-ins'],
    ]);
    expect(violations('gas/client/view.ts', ['../../core/texts/ru/plural'])).toEqual([]);
    expect(violations('scripts/make-example.ts', ['../core/example/generate'])).toEqual([]);
  });

  it('finds a real import the way the compiler does (type imports and re-exports included)', () => {
    const source = parse('core/x.ts', "import type { A } from '../gas/a';\nexport * from './b';\nconst c = import('../cli/c');\n// import '../office-addin/d'\n");
    expect(imports(source)).toEqual(['../gas/a', './b', '../cli/c']);
  });
});
