#!/usr/bin/env node
// Builds dist/pedmonitor.html: one self-contained offline page. esbuild bundles the Web Worker
// (page/worker/worker.ts: the core and the .xlsx layer) into a string, then the page's script
// (page/ui/main.ts) with that string inside it; the HTML around them comes from page/shell.ts.
// The Content-Security-Policy allows exactly the inline style and script (by their SHA-256), the
// worker started from a Blob URL, and data: images (the favicon) — nothing on any network.
// Usage: node scripts/build-page.mjs [--out <file>]   (default dist/pedmonitor.html)
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outFlag = process.argv.indexOf('--out');
const outfile = outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'dist', 'pedmonitor.html');

/** The page must stay small enough to mail and to open on an old office PC. */
export const MAX_PAGE_BYTES = 3 * 1024 * 1024;
/** Browsers the page is for: those with DecompressionStream('deflate-raw'): Chromium 103+ (Yandex, Edge, Chrome), Firefox 113+, Safari 16.4+. */
const TARGET = ['chrome103', 'firefox113', 'safari16'];

const common = {
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: TARGET,
  charset: 'utf8',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { PEDMONITOR_VERSION: JSON.stringify(pkg.version) },
};

const worker = await build({ ...common, entryPoints: [path.join(root, 'page', 'worker', 'worker.ts')] });
const workerSource = worker.outputFiles[0].text;

const main = await build({
  ...common,
  entryPoints: [path.join(root, 'page', 'ui', 'main.ts')],
  define: { ...common.define, PEDMONITOR_WORKER_SOURCE: JSON.stringify(workerSource) },
});
// Inside <script>, "</script" would end the element; "<\/script" is the same text to JavaScript.
const script = main.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const css = (await transform(readFileSync(path.join(root, 'page', 'style.css'), 'utf8'), { loader: 'css', minify: true, target: TARGET })).code;

const shell = await build({ ...common, format: 'esm', platform: 'node', minify: false, entryPoints: [path.join(root, 'page', 'shell.ts')] });
const { pageHtml } = await import(`data:text/javascript;base64,${Buffer.from(shell.outputFiles[0].text).toString('base64')}`);

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha256(script)}`,
  `style-src ${sha256(css)}`,
  'worker-src blob:',
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const html = pageHtml({ csp, style: css, script, icon: `data:image/svg+xml,${encodeURIComponent(ICON_SVG(32))}`, logo: LOGO_SVG(), version: pkg.version });
const bytes = Buffer.byteLength(html, 'utf8');
if (bytes > MAX_PAGE_BYTES) {
  console.error(`pedmonitor.html: ${bytes} bytes, more than the ${MAX_PAGE_BYTES} allowed`);
  process.exit(1);
}

mkdirSync(path.dirname(outfile), { recursive: true });
const temp = `${outfile}.${process.pid}.tmp`;
writeFileSync(temp, html, 'utf8');
renameSync(temp, outfile);
console.log(`${path.relative(root, outfile) || outfile}: ${(bytes / 1024).toFixed(0)} KB (worker ${(Buffer.byteLength(workerSource) / 1024).toFixed(0)} KB)`);

// The add-in's icon (three rising bars on an Office-blue rounded square), as SVG.
function ICON_SVG(size) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="${size}" height="${size}"><rect width="100" height="100" rx="18" fill="#0f6cbd"/><path fill="#fff" d="M20 56h14v24H20zM43 38h14v42H43zM66 20h14v60H66z"/></svg>`;
}

function LOGO_SVG() {
  return ICON_SVG(44).replace('<svg ', '<svg class="logo" aria-hidden="true" focusable="false" ');
}
