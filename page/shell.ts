/**
 * The page's HTML around its script: header, the drop zone with the one file input, the preset and
 * period fields, the places the script fills (progress, message, summary, downloads, problems),
 * «Создать шаблон» and the privacy note — all texts from texts.ts, so the page reads well before
 * its script starts. scripts/build-page.mjs calls pageHtml() with the inlined style, script, icon
 * and the Content-Security-Policy computed from them.
 */
import { PAGE_TEXT as T } from './messages';

/** Text for HTML text and attribute values. */
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ShellParts {
  readonly csp: string;
  readonly style: string;
  readonly script: string;
  /** The favicon as a data: URL. */
  readonly icon: string;
  /** Inline SVG of the logo. */
  readonly logo: string;
  readonly version: string;
}

export function pageHtml(p: ShellParts): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(p.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(T.documentTitle)}</title>
<link rel="icon" href="${e(p.icon)}">
<style>${p.style}</style>
</head>
<body>
<main class="page">
<header class="page-header">${p.logo}<div><h1>${e(T.title)}</h1><p class="muted">${e(T.subtitle)}</p></div></header>
<noscript><p class="message-bar message-bar-error">${e(T.noscript)}</p></noscript>
<section class="card">
<label id="drop" class="drop" for="file">
<span class="drop-title">${e(T.dropHere)}</span>
<span class="muted">${e(T.or)}</span>
<span class="button button-primary drop-button">${e(T.choose)}</span>
<input id="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
</label>
<p id="file-name" class="file-name" hidden></p>
<div class="fields">
<label class="field"><span class="field-label">${e(T.presetLabel)}</span><select id="preset"></select></label>
<label class="field"><span class="field-label">${e(T.periodLabel)}</span><input id="period" type="text" autocomplete="off" placeholder="${e(T.periodPlaceholder)}"></label>
</div>
<p class="hint">${e(T.defaultsHint)}</p>
<button id="run" class="button button-primary" type="button" disabled>${e(T.run)}</button>
</section>
<ol id="progress" class="progress" aria-live="polite" hidden></ol>
<div id="notice" class="message-bar" role="status" hidden></div>
<section id="summary" class="card summary" aria-live="polite" hidden></section>
<section id="downloads" class="card downloads" hidden></section>
<details id="problems" class="card problems-list" hidden></details>
<section class="card">
<h2>${e(T.templateTitle)}</h2>
<p class="muted">${e(T.templateText)}</p>
<button id="template" class="button" type="button">${e(T.template)}</button>
</section>
<footer class="muted footer">${e(T.privacy)} ${e(T.version(p.version))}</footer>
</main>
<script>${p.script}</script>
</body>
</html>
`;
}
