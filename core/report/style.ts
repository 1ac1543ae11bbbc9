/**
 * The report's one stylesheet, inlined so the file has no external resources: a calm screen
 * layout for the department's website and a print layout for A4 — tables that never grow wider
 * than the page (fixed layout, wrapping), header rows repeated on every page, rows and charts
 * never split across pages, colours kept in print.
 */
import { TONE_STYLES } from '../output/table';
import { BAR_COLORS, TARGET_MARK } from './svg';

/** A4 page margins of the print stylesheet, mm: the printable width is 210 − left − right. */
export const PAGE_MARGINS_MM = { top: 16, right: 14, bottom: 16, left: 16 } as const;
const M = PAGE_MARGINS_MM;

const tone = (name: keyof typeof TONE_STYLES) => `background:${TONE_STYLES[name].background};color:${TONE_STYLES[name].font}`;

export const REPORT_CSS = `
:root{--ink:#1f1f1f;--muted:#595959;--rule:#c9d1de;--head:#d9e1f2;--accent:#1f3864}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f4f6fa;color:var(--ink);font:15px/1.5 "PT Sans","Segoe UI","Liberation Sans","DejaVu Sans",Arial,sans-serif}
main{max-width:980px;margin:0 auto;padding:32px 40px 48px;background:#fff}
h1{font-size:24px;line-height:1.3;color:var(--accent);margin:0 0 12px}
h2{font-size:20px;color:var(--accent);margin:36px 0 12px;padding-bottom:4px;border-bottom:2px solid var(--head)}
h3{font-size:17px;margin:28px 0 8px}
h4{font-size:15px;margin:20px 0 6px}
p{margin:6px 0}
.lead{font-size:17px}
.meta,.note{color:var(--muted);font-size:13px}
nav ol{margin:4px 0 0;padding-left:22px;columns:2;font-size:14px}
a{color:var(--accent)}
.cards{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:10px;margin:14px 0}
.card{border:1px solid var(--rule);border-radius:6px;padding:10px 12px}
.card b{display:block;font-size:24px;line-height:1.2}
.card span{color:var(--muted);font-size:13px}
.card.met{${tone('met')}}.card.below{${tone('below')}}.card.warn{${tone('warning')}}
table{width:100%;max-width:100%;border-collapse:collapse;table-layout:fixed;margin:8px 0 14px;font-size:13px}
th,td{border:1px solid var(--rule);padding:4px 6px;vertical-align:top;text-align:left;overflow-wrap:anywhere;word-break:normal;hyphens:auto}
thead th{background:var(--head);font-weight:bold}
td.n,th.n{text-align:right}
tr.sub td{font-size:12px;color:var(--muted)}
tr.sub td:nth-child(2){padding-left:18px}
tr.total td{font-weight:bold;background:#e9eef7}
.s-met{${tone('met')}}.s-below{${tone('below')}}.s-nd{${tone('no-data')}}.s-error{${tone('error')}}.s-warning{${tone('warning')}}
.better{color:#006100}.worse{color:#9c0006}
figure{margin:12px 0 18px}
figcaption{font-weight:bold;font-size:14px;margin-bottom:4px}
svg{display:block;max-width:100%;height:auto}
.legend{list-style:none;margin:4px 0 0;padding:0;font-size:12px;display:flex;flex-wrap:wrap;gap:4px 16px}
.legend i{display:inline-block;width:11px;height:11px;margin-right:5px;vertical-align:-1px;border-radius:2px}
.legend i.mark{width:3px;background:${TARGET_MARK}}
.k-met{background:${BAR_COLORS.met}}.k-below{background:${BAR_COLORS.below}}.k-none{background:${BAR_COLORS.none}}
ol.decisions>li{margin-bottom:10px}
.warn-box{${tone('warning')};padding:6px 10px;border-radius:4px}
.org-page{border-top:1px solid var(--rule);margin-top:18px}
tr.r-p1 td:first-child{box-shadow:inset 4px 0 0 ${TONE_STYLES.below.font}}
tr.r-success td:first-child{box-shadow:inset 4px 0 0 ${TONE_STYLES.met.font}}
footer{margin-top:36px;padding-top:10px;border-top:1px solid var(--rule);color:var(--muted);font-size:12px}
@media (max-width:700px){main{padding:16px}.cards{grid-template-columns:repeat(2,minmax(0,1fr))}nav ol{columns:1}}
@page{size:A4;margin:${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm}
@media print{
  body{background:#fff;font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  main{max-width:none;margin:0;padding:0}
  h1{font-size:17pt}h2{font-size:14pt;margin-top:18pt}h3{font-size:12pt}h4{font-size:10.5pt}
  h2,h3,h4,figcaption{break-after:avoid;page-break-after:avoid}
  table{font-size:8.5pt}
  thead{display:table-header-group}
  tfoot{display:table-footer-group}
  tr,figure,.card,ol.decisions>li{break-inside:avoid;page-break-inside:avoid}
  .cards{grid-template-columns:repeat(4,minmax(0,1fr));gap:6pt}
  .card{padding:5pt 7pt}.card b{font-size:15pt}.card span{font-size:8.5pt}
  nav{display:none}
  .org-page{break-before:page;page-break-before:always;border-top:0;margin-top:0}
  a{color:inherit;text-decoration:none}
}
`;
