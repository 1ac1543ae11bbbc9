#!/usr/bin/env node
// Builds the Excel add-in into dist/office/: the task pane page (also the shared runtime, where
// the ribbon command runs), the function-file page commands.html, their esbuild bundles, the
// stylesheet, a help page, the XML manifest and the ribbon/add-in icons, drawn here and written
// as real PNG files in every size the manifest declares.
// Usage: node scripts/build-office.mjs [--out <dir>] [--origin https://host[:port][/path]]
//   --out: default dist/office (tests build elsewhere, so that parallel test files never read a
//     half-written dist/office);
//   --origin: where the built folder will be served; every URL of the written manifest.xml is put
//     there (the template manifests/pedmonitor-excel.xml keeps the development server
//     https://localhost:3000). HTTPS only: Office loads add-ins over HTTPS alone.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const src = path.join(root, 'office-addin', 'src');
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'dist', 'office');
const originFlag = process.argv.indexOf('--origin');
/** The development origin the template manifest uses everywhere. */
export const DEV_ORIGIN = 'https://localhost:3000';
const base = originFlag > 0 ? parseBase(process.argv[originFlag + 1]) : null;

/** `https://host[:port][/path]` → { base without a trailing slash, origin }; exits with a message otherwise. */
function parseBase(text) {
  const fail = (why) => {
    console.error(`build-office: --origin ${text ?? ''}: ${why}`);
    process.exit(2);
  };
  if (!text) fail('нужен адрес, например --origin https://monitoring.example.ru');
  let url;
  try {
    url = new URL(text);
  } catch {
    fail('это не адрес (пример: https://monitoring.example.ru или https://user.github.io/pedmonitor)');
  }
  if (url.protocol !== 'https:') fail('нужен https:// — Office открывает надстройки только по HTTPS');
  if (url.search || url.hash || url.username || url.password) fail('без параметров, # и имени пользователя');
  if (/[<>"'&\s]/.test(decodeURI(url.href))) fail('недопустимые символы в адресе');
  return { base: url.href.replace(/\/+$/, ''), origin: url.origin };
}

/** The template manifest with every URL moved from the development origin to `target`. */
export function manifestFor(template, target) {
  if (!target) return template;
  return template
    .replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${target.origin}</AppDomain>`)
    .split(DEV_ORIGIN)
    .join(target.base);
}

/** Icon sizes: 16/20/24/32/40/48/64/80 for the ribbon (16, 32 and 80 required), 32 and 64 for the add-in, 128 for stores. */
export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'assets'), { recursive: true });

await build({
  entryPoints: { boot: path.join(src, 'entry', 'boot.ts'), taskpane: path.join(src, 'entry', 'taskpane.ts'), commands: path.join(src, 'entry', 'commands.ts') },
  outdir: out,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2019'],
  charset: 'utf8',
  sourcemap: true,
  logLevel: 'warning',
});

for (const file of ['taskpane.html', 'commands.html', 'taskpane.css']) copyFileSync(path.join(src, 'taskpane', file), path.join(out, file));
writeFileSync(path.join(out, 'manifest.xml'), manifestFor(readFileSync(path.join(root, 'manifests', 'pedmonitor-excel.xml'), 'utf8'), base));
writeFileSync(path.join(out, 'help.html'), HELP_PAGE());
for (const size of ICON_SIZES) writeFileSync(path.join(out, 'assets', `icon-${size}.png`), png(size, size, drawIcon(size)));
console.log(`${path.relative(root, out) || out}: taskpane.html, commands.html, bundles, manifest.xml (${base ? base.base : DEV_ORIGIN}), ${ICON_SIZES.length} icons`);

// ---------------------------------------------------------------------------------------------
// The icon: three rising bars on an Office-blue rounded square, anti-aliased by 4×4 supersampling.

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const ss = 4;
  const radius = size * 0.18;
  const bars = [
    { x0: 0.2, x1: 0.34, top: 0.56 },
    { x0: 0.43, x1: 0.57, top: 0.38 },
    { x0: 0.66, x1: 0.8, top: 0.2 },
  ];
  const base = 0.8;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inside = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const px = x + (sx + 0.5) / ss;
          const py = y + (sy + 0.5) / ss;
          if (!inRoundedSquare(px, py, size, radius)) continue;
          inside++;
          const u = px / size;
          const v = py / size;
          if (bars.some((b) => u >= b.x0 && u <= b.x1 && v >= b.top && v <= base)) white++;
        }
      }
      const n = ss * ss;
      const alpha = inside / n;
      const w = inside === 0 ? 0 : white / inside;
      const i = (y * size + x) * 4;
      rgba[i] = Math.round(0x0f + (0xff - 0x0f) * w);
      rgba[i + 1] = Math.round(0x6c + (0xff - 0x6c) * w);
      rgba[i + 2] = Math.round(0xbd + (0xff - 0xbd) * w);
      rgba[i + 3] = Math.round(255 * alpha);
    }
  }
  return rgba;
}

function inRoundedSquare(x, y, size, r) {
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

// ---------------------------------------------------------------------------------------------
// A minimal PNG encoder: 8-bit RGBA, filter 0 on every row, zlib via node:zlib.

function png(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([len, body, crc]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function HELP_PAGE() {
  return `<!doctype html>
<html lang="ru">
<head><meta charset="utf-8" /><title>Мониторинг педагогов — справка</title><link rel="stylesheet" href="taskpane.css" /></head>
<body><main class="pane"><section class="card">
<h1>Мониторинг педагогов</h1>
<p>Надстройка рассчитывает показатели муниципального мониторинга профессионального развития педагогов по книге, в которой каждая организация — отдельный лист со столбцами «ФИО» и «Должность».</p>
<p>На вкладке «Главная» в группе «Мониторинг»: «Рассчитать показатели» записывает листы результатов («Показатели», «Рекомендации», «Проверка данных» и другие); «Аналитическая справка» сохраняет справку для сайта (файл HTML без ФИО, та же, что даёт команда pedmonitor report), ничего не меняя в книге; «Панель» открывает выбор набора показателей и периода, ход расчёта, итоги и «Создать шаблон».</p>
<p>После расчёта книга открывается на листе «Сводка». Листы результатов готовы к печати (Файл → Печать): A4, альбомная ориентация, все столбцы на ширину страницы, строка заголовков таблицы на каждой странице, в «Рекомендациях» каждая организация с новой страницы; на длинных таблицах — фильтр в строке заголовков. Если Excel этого не поддерживает, итоги на панели подскажут, как задать печать вручную.</p>
<p>Нужен Excel 2021 или новее, Microsoft 365 или Excel в браузере. В Excel 2016 и 2019 откройте книгу в файле pedmonitor.html — он работает без интернета.</p>
<p>Программа изменяет только листы, которые создала сама. Если в книге уже есть ваш лист с таким именем, расчёт остановится и ничего не изменит.</p>
</section></main></body>
</html>
`;
}
