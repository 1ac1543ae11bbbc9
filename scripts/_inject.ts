import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { planRun } from '../core/index';
import { sheetCharts } from '../cli/xlsx/chart-parts';
import { loadXlsx } from '../cli/xlsx-read';

const [input, output] = process.argv.slice(2);
const data = readFileSync(input!);
const zip = await JSZip.loadAsync(data);
const loaded = await loadXlsx(readFileSync(process.argv[4]!), 'in');
const plan = planRun(loaded.sheets, { today: new Date(Date.UTC(2024, 5, 15)) });
const summary = plan.outputs.find((o) => o.name === 'Сводка')!;
// find sheet path for Сводка
const wb = await zip.file('xl/workbook.xml')!.async('string');
const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
const rid = /<sheet [^>]*name="Сводка"[^>]*r:id="(rId\d+)"/.exec(wb)![1];
const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
const sheetPath = 'xl/' + target!.replace(/^\/?xl\//, '');
const sc = sheetCharts(summary, { drawing: 1, charts: summary.charts!.map((_, i) => i + 1), relationshipId: 'rIdChart1' })!;
for (const p of sc.parts) {
  zip.file(p.path, p.data);
  if (p.rels) zip.file(p.path.replace(/([^/]+)$/, '_rels/$1.rels'), p.rels);
}
let ct = await zip.file('[Content_Types].xml')!.async('string');
ct = ct.replace('</Types>', sc.parts.map((p) => `<Override PartName="/${p.path}" ContentType="${p.contentType}"/>`).join('') + '</Types>');
zip.file('[Content_Types].xml', ct);
let sx = await zip.file(sheetPath)!.async('string');
sx = sx.replace('</worksheet>', sc.drawingElement + '</worksheet>');
if (!sx.includes('xmlns:r=')) sx = sx.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
zip.file(sheetPath, sx);
const relPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
const existing = zip.file(relPath) ? await zip.file(relPath)!.async('string') : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
zip.file(relPath, existing.replace('</Relationships>', `<Relationship Id="${sc.relationship.id}" Type="${sc.relationship.type}" Target="${sc.relationship.target}"/></Relationships>`));
writeFileSync(output!, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log(sheetPath, summary.charts!.length);
