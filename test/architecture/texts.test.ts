/**
 * Every Russian text lives in one place per language: core/texts/ru/ for the core, and one
 * messages.ts per host for what only that host says. A logic file carries no Cyrillic string,
 * template or regular-expression literal (comments may quote Russian). Data files that ARE the
 * contract's Russian vocabulary (the roster's column table, the presets' criteria) are listed here
 * by name, each with its reason; a new data file joins the list deliberately, never by default.
 */
import { describe, expect, it } from 'vitest';
import { literals, parse, sourceFiles } from './sources';

const CYRILLIC = /[\u0400-\u04FF]/;

/** Where the texts are: everything under these folders may be Russian. */
const TEXT_DIRS = ['core/texts/'];

/** Files that are Russian texts or Russian data by design, with the reason. */
const TEXT_FILES: Record<string, string> = {
  'gas/messages.ts': 'texts only the Google Sheets host shows (menu, toasts, help)',
  'office-addin/src/messages.ts': 'texts only the Excel task pane shows',
  'office-addin/src/boot-texts.ts': "the pane's messages when office.js is blocked or slow, apart from messages.ts so that boot.js (loaded before office.js) stays tiny",
  'gas/client/messages.ts': 'texts of the Google Sheets sidebar page (bundled on its own)',
  'cli/messages.ts': 'texts only the command line shows (usage, summary lines)',
  'page/messages.ts': 'texts only the offline page pedmonitor.html shows',
  'core/fields.ts': "the roster's column table of workbook.md §1.1: canonical Russian headers and their aliases",
  'core/example/generate.ts': "the example municipality as data: organisations, people's names, the deliberate mess of real workbooks",
  'core/presets/alapaevsk-2024.ts': 'criteria of document 001 as data (presets.md)',
  'core/presets/karpinsk-2022.ts': 'criteria of document 002 as data (presets.md)',
  'core/presets/katav-2021.ts': 'criteria of document 003 as data (presets.md)',
  'core/presets/surgut-2021.ts': 'criteria of document 004 as data (presets.md)',
  'core/presets/zverevo-2021.ts': 'criteria of document 005 as data (presets.md)',
};

/**
 * Logic files that still carry Russian literals from before the texts moved to core/texts/ru/.
 * The list only shrinks: moving a file's texts out makes the second test fail until the file is
 * taken off the list, and no file may join it.
 */
const NOT_YET_MOVED = new Set<string>([
  'core/catalogue/condition.ts',
  'core/catalogue/custom-fields.ts',
  'core/catalogue/extras.ts',
  'core/catalogue/print.ts',
  'core/catalogue/row.ts',
  'core/catalogue/sources.ts',
  'core/catalogue/targets.ts',
  'core/catalogue/vocabulary.ts',
  'core/output/indicators-sheet.ts',
  'core/output/problems-sheet.ts',
  'core/output/recommendations-sheet.ts',
  'core/recommend/rules.ts',
]);

const isTextFile = (file: string): boolean => TEXT_DIRS.some((dir) => file.startsWith(dir)) || file in TEXT_FILES;

function russianLiterals(file: string): string[] {
  return literals(parse(file))
    .filter((l) => CYRILLIC.test(l.text))
    .map((l) => `${file}:${l.line}  ${l.text.slice(0, 80)}`);
}

describe('Russian texts live in one place', () => {
  const files = sourceFiles();

  it('finds the product sources and the texts folder', () => {
    expect(files).toContain('core/index.ts');
    expect(files).toContain('core/texts/ru/plural.ts');
    expect(files).toContain('cli/messages.ts');
  });

  it('logic files carry no Cyrillic literals', () => {
    const offending = files.filter((f) => !isTextFile(f) && !NOT_YET_MOVED.has(f)).flatMap(russianLiterals);
    expect(offending, 'move these texts to core/texts/ru/ (or the host\'s messages.ts)').toEqual([]);
  });

  it('the list of files not yet moved only shrinks', () => {
    const listed = [...NOT_YET_MOVED];
    const gone = listed.filter((f) => !files.includes(f));
    const clean = listed.filter((f) => files.includes(f) && russianLiterals(f).length === 0);
    expect({ gone, clean }, 'take these files off NOT_YET_MOVED').toEqual({ gone: [], clean: [] });
  });

  it('every listed text file exists', () => {
    expect(Object.keys(TEXT_FILES).filter((f) => !files.includes(f))).toEqual([]);
  });

  it('the scanner sees literals, not comments', () => {
    const sample = parse('x.ts', "// Проверка\nconst a = 'да';\nconst b = `${a} п.п.`;\nconst r = /итого/;\nconst c = 'ok';");
    const russian = literals(sample).filter((l) => CYRILLIC.test(l.text)).map((l) => l.line);
    expect(russian).toEqual([2, 3, 4]);
  });
});
