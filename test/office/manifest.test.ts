/**
 * The manifest checked offline, because `office-addin-manifest validate` calls Microsoft's
 * service (docs/excel.md names it as the pre-release check). Read with office-addin-manifest's
 * own reader (no network): every element the schema requires, in the schema's order; every
 * resource id referenced is defined; the shared runtime wired as Microsoft documents it; the
 * ribbon group and buttons; icon files that exist with the declared pixel sizes; and every URL
 * on one origin, served from the built add-in. The build runs first (into a temporary folder).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { ManifestHandlerXml } from 'office-addin-manifest/lib/manifestHandler/manifestHandlerXml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECLARED_EXCEL_API, declaredSets } from '../fakes/excel/requirements';

const root = path.resolve(__dirname, '../..');
const manifestPath = path.join(root, 'manifests', 'pedmonitor-excel.xml');
const dist = mkdtempSync(path.join(tmpdir(), 'pedmonitor-office-'));
const ORIGIN = 'https://localhost:3000';

type Xml = Record<string, any>;
let xml: string;
let app: Xml;

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-office.mjs'), '--out', dist], { stdio: 'pipe' });
  xml = readFileSync(manifestPath, 'utf8');
  app = (await new ManifestHandlerXml(manifestPath).parseXmlAsync()).OfficeApp;
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

const attr = (node: Xml | undefined, name: string): string | undefined => node?.$?.[name];
const one = (node: Xml | undefined, name: string): Xml | undefined => node?.[name]?.[0];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function distPath(url: string): string {
  const u = new URL(url);
  return path.join(dist, decodeURIComponent(u.pathname));
}

describe('Excel manifest', () => {
  it('has every element the schema requires, read by office-addin-manifest', async () => {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.version).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(info.providerName).toBeTruthy();
    expect(info.defaultLocale).toBe('ru-RU');
    expect(info.displayName).toBe('Мониторинг педагогов');
    expect(info.description).toMatch(/мониторинг/i);
    expect(info.iconUrl).toBe(`${ORIGIN}/assets/icon-32.png`);
    expect(info.highResolutionIconUrl).toBe(`${ORIGIN}/assets/icon-64.png`);
    expect(info.supportUrl).toMatch(/^https:\/\//);
    expect(info.appDomains).toEqual([ORIGIN]);
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}/taskpane.html`);
    expect(info.permissions).toBe('ReadWriteDocument');
  });

  it('lists the top-level elements in the order of the schema', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    const body = xml.slice(xml.indexOf('<OfficeApp'));
    const positions = order.map((name) => body.indexOf(`<${name}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(attr(app, 'xmlns')).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(attr(app, 'xsi:type')).toBe('TaskPaneApp');
  });

  it('defines every resource id it references, within the length limits', () => {
    const referenced = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!));
    const defined = new Map([...xml.matchAll(/<bt:(Image|Url|String) id="([^"]+)" DefaultValue="([^"]*)"/g)].map((m) => [m[2]!, m[3]!]));
    expect(referenced.size).toBeGreaterThan(5);
    for (const id of referenced) expect(defined.has(id), id).toBe(true);
    for (const id of referenced) expect(id.length, id).toBeLessThanOrEqual(32);
    const overrides = one(app, 'VersionOverrides')!;
    const res = one(overrides, 'Resources')!;
    for (const s of one(res, 'bt:ShortStrings')!['bt:String']) expect(attr(s, 'DefaultValue')!.length).toBeLessThanOrEqual(125);
    for (const s of one(res, 'bt:LongStrings')!['bt:String']) expect(attr(s, 'DefaultValue')!.length).toBeLessThanOrEqual(250);
  });

  it('runs the ribbon command and the task pane in one shared runtime', () => {
    const sets = one(one(app, 'Requirements'), 'Sets')!['Set'] as Xml[];
    expect(sets.map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')])).toContainEqual(['SharedRuntime', '1.1']);
    const overrides = one(app, 'VersionOverrides')!;
    expect(attr(overrides, 'xsi:type')).toBe('VersionOverridesV1_0');
    const host = one(one(overrides, 'Hosts'), 'Host')!;
    expect(attr(host, 'xsi:type')).toBe('Workbook');
    const runtime = one(one(host, 'Runtimes'), 'Runtime')!;
    expect(attr(runtime, 'lifetime')).toBe('long');
    const resid = attr(runtime, 'resid');
    const desktop = one(host, 'DesktopFormFactor')!;
    expect(attr(one(desktop, 'FunctionFile'), 'resid')).toBe(resid);

    const tab = one(one(desktop, 'ExtensionPoint'), 'OfficeTab')!;
    expect(attr(one(desktop, 'ExtensionPoint'), 'xsi:type')).toBe('PrimaryCommandSurface');
    expect(attr(tab, 'id')).toBe('TabHome');
    const group = one(tab, 'Group')!;
    const label = (node: Xml) => new RegExp(`<bt:String id="${attr(one(node, 'Label'), 'resid')}" DefaultValue="([^"]*)"`).exec(xml)?.[1];
    expect(label(group)).toBe('Мониторинг');
    const [run, report, pane] = group['Control'] as Xml[];
    expect(label(run!)).toBe('Рассчитать показатели');
    expect(attr(one(run, 'Action'), 'xsi:type')).toBe('ExecuteFunction');
    const functionName = one(one(run, 'Action'), 'FunctionName') as unknown as string;
    expect(functionName).toBe('runMonitoring');
    expect(label(report!)).toBe('Аналитическая справка');
    expect(attr(one(report, 'Action'), 'xsi:type')).toBe('ExecuteFunction');
    expect(one(one(report, 'Action'), 'FunctionName') as unknown as string).toBe('makeReport');
    expect(label(pane!)).toBe('Панель');
    expect(attr(one(pane, 'Action'), 'xsi:type')).toBe('ShowTaskpane');
    expect(attr(one(one(pane, 'Action'), 'SourceLocation'), 'resid')).toBe(resid);
    expect(one(one(pane, 'Action'), 'TaskpaneId')).toBeTruthy();
    // The function the button calls is the one the shared runtime's bundle registers.
    const bundle = readFileSync(path.join(dist, 'taskpane.js'), 'utf8');
    expect(bundle).toMatch(/associate\(\s*["']runMonitoring["']/);
    expect(bundle).toMatch(/associate\(\s*["']makeReport["']/);
  });

  it('declares icons that exist with their pixel sizes (16, 32 and 80 for every ribbon icon)', () => {
    const images = new Map([...xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    for (const m of xml.matchAll(/<Icon>([\s\S]*?)<\/Icon>/g)) {
      const sizes = [...m[1]!.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)].map((s) => {
        const file = distPath(images.get(s[2]!)!);
        expect(existsSync(file), file).toBe(true);
        expect(pngSize(file)).toEqual({ width: Number(s[1]), height: Number(s[1]) });
        return Number(s[1]);
      });
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
    }
    expect(pngSize(distPath(attr(one(app, 'IconUrl'), 'DefaultValue')!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(distPath(attr(one(app, 'HighResolutionIconUrl'), 'DefaultValue')!))).toEqual({ width: 64, height: 64 });
  });

  it('keeps every URL on one origin, each served from the built add-in', () => {
    const withoutNamespaces = xml.replace(/xmlns(:\w+)?="[^"]*"/g, '');
    const urls = [...withoutNamespaces.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(new URL(url).origin, url).toBe(ORIGIN);
      if (new URL(url).pathname !== '/') expect(existsSync(distPath(url)), url).toBe(true);
    }
  });

  it('ships pages that load office.js from Microsoft\'s CDN, and the manifest itself', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = readFileSync(path.join(dist, page), 'utf8');
      // office.js from Microsoft's CDN, in <head> as Microsoft requires ("Referencing the Office
      // JavaScript API library"); the pane's page reports its failure (onerror) to boot.js, which
      // comes first from our own origin.
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head).toMatch(/<script src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"( onerror="pedmonitorOfficeFailed\(\)")?><\/script>/);
      if (page === 'taskpane.html') {
        expect(head.indexOf('<script src="boot.js"></script>')).toBeGreaterThan(0);
        expect(head.indexOf('boot.js')).toBeLessThan(head.indexOf('office.js'));
        expect(head).toContain('onerror="pedmonitorOfficeFailed()"');
      }
      for (const src of [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)) {
        if (!src.startsWith('https://')) expect(existsSync(path.join(dist, src)), src).toBe(true);
      }
    }
    expect(existsSync(path.join(dist, 'commands.js'))).toBe(true);
    expect(readFileSync(path.join(dist, 'manifest.xml'), 'utf8')).toBe(xml);
  });
});

/** Child element names, in document order, of the first element opened by `<${open}` (its name: the first word). */
function childOrder(source: string, open: string): string[] {
  const start = source.indexOf(`<${open}`);
  const end = source.indexOf(`</${open.split(' ')[0]}>`, start);
  const body = source.slice(source.indexOf('>', start) + 1, end);
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1] === '/') depth--;
    else {
      if (depth === 0) names.push(m[2]!);
      if (m[3] !== '/') depth++;
    }
  }
  return names;
}

describe('Excel manifest against the published schema (Requirements, VersionOverrides, Runtimes)', () => {
  // What the schema and Microsoft's manifest reference require, checked offline: the add-in-only
  // manifest reference (learn.microsoft.com/javascript/api/manifest: Requirements, Sets, Set,
  // VersionOverrides 1.0 task pane, Host, Runtimes, Runtime, DesktopFormFactor, Control) and the
  // shared-runtime guide ("Configure your Office Add-in to use a shared runtime").
  it('declares ExcelApi 1.8 (what the adapter calls) and SharedRuntime 1.1, in Sets with a default', () => {
    const sets = one(one(app, 'Requirements'), 'Sets')!;
    expect(attr(sets, 'DefaultMinVersion')).toMatch(/^\d+\.\d+$/);
    const declared = (sets['Set'] as Xml[]).map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')]);
    expect(declared).toEqual([['ExcelApi', '1.8'], ['SharedRuntime', '1.1']]);
    for (const [, version] of declared) expect(version).toMatch(/^\d+\.\d+$/);
    // The base Requirements holds Sets only (Methods is for other add-in kinds' needs).
    expect(childOrder(xml, 'Requirements')).toEqual(['Sets']);
    // The fake Excel gates API members by this same version.
    expect(declaredSets(xml)).toEqual({ ExcelApi: DECLARED_EXCEL_API, SharedRuntime: '1.1' });
  });

  it('keeps VersionOverrides 1.0 (task pane) in its schema: namespace, type, children in order', () => {
    expect(xml).toMatch(/<VersionOverrides xmlns="http:\/\/schemas\.microsoft\.com\/office\/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">/);
    // Description?, Requirements?, Hosts, Resources, … (VersionOverridesV1_0 of the taskpane schema).
    const children = childOrder(xml, 'VersionOverrides');
    expect(children).toEqual(['Hosts', 'Resources']);
    expect(childOrder(xml.slice(xml.indexOf('<VersionOverrides')), 'Hosts')).toEqual(['Host']);
    // Host: Runtimes first, then DesktopFormFactor; DesktopFormFactor: GetStarted?, FunctionFile, ExtensionPoint+.
    expect(childOrder(xml, 'Host xsi:type="Workbook"')).toEqual(['Runtimes', 'DesktopFormFactor']);
    const desktop = childOrder(xml, 'DesktopFormFactor');
    expect(desktop[0]).toBe('GetStarted');
    expect(desktop[1]).toBe('FunctionFile');
    expect(desktop.slice(2).every((n) => n === 'ExtensionPoint')).toBe(true);
    expect(childOrder(xml, 'GetStarted')).toEqual(['Title', 'Description', 'LearnMoreUrl']);
    expect(childOrder(xml, 'Resources')).toEqual(['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
  });

  it('declares exactly one long-lived Runtime, allowed because SharedRuntime is required', () => {
    const host = one(one(one(app, 'VersionOverrides'), 'Hosts'), 'Host')!;
    const runtimes = one(host, 'Runtimes')!['Runtime'] as Xml[];
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0]!;
    expect(Object.keys(runtime.$).sort()).toEqual(['lifetime', 'resid']);
    expect(attr(runtime, 'lifetime')).toBe('long');
    expect(attr(runtime, 'resid')!.length).toBeLessThanOrEqual(32);
    // The runtime's page is a Url resource (not an image or a string), and it is the pane's page.
    expect(xml).toMatch(new RegExp(`<bt:Url id="${attr(runtime, 'resid')}" DefaultValue="${ORIGIN}/taskpane\\.html"`));
    // Runtimes without SharedRuntime in Requirements would be ignored or rejected.
    expect(xml.indexOf('<Set Name="SharedRuntime"')).toBeGreaterThan(0);
  });

  it('gives every control a unique id, a label, a supertip, icons and an action', () => {
    const ids = [...xml.matchAll(/<(?:Control|Group|OfficeTab)[^>]* id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(125);
    for (const m of xml.matchAll(/<Control xsi:type="Button" id="[^"]+">([\s\S]*?)<\/Control>/g)) {
      const inner = `<Control>${m[1]}</Control>`;
      expect(childOrder(inner, 'Control')).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
      expect(childOrder(inner, 'Supertip')).toEqual(['Title', 'Description']);
    }
    // Function names of ExecuteFunction actions: plain identifiers the bundle registers.
    for (const m of xml.matchAll(/<FunctionName>([^<]*)<\/FunctionName>/g)) expect(m[1]).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });
});

describe('build:office --origin', () => {
  const built = (base: string) => {
    const out = mkdtempSync(path.join(tmpdir(), 'pedmonitor-office-origin-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts', 'build-office.mjs'), '--out', out, '--origin', base], { stdio: 'pipe' });
      return readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };

  for (const [given, base, origin] of [
    ['https://monitoring.imc-alapaevsk.ru', 'https://monitoring.imc-alapaevsk.ru', 'https://monitoring.imc-alapaevsk.ru'],
    ['https://imc-user.github.io/pedmonitor/', 'https://imc-user.github.io/pedmonitor', 'https://imc-user.github.io'],
    ['https://10.0.0.5:8443/addin', 'https://10.0.0.5:8443/addin', 'https://10.0.0.5:8443'],
  ] as const) {
    it(`puts every URL under ${given}, the app domain at its origin`, async () => {
      const text = built(given);
      expect(text).not.toContain('https://localhost');
      const urls = [...text.replace(/xmlns(:\w+)?="[^"]*"/g, '').matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
      const domains = [...text.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
      expect(domains).toEqual([origin]);
      const others = urls.filter((u) => u !== origin);
      expect(others.length).toBeGreaterThan(10);
      for (const url of others) expect(url.startsWith(`${base}/`), url).toBe(true);
      // Same manifest otherwise: only the URLs changed, and it still parses with the same fields.
      expect(text.split(base).join('https://localhost:3000').replace(`<AppDomain>${origin}</AppDomain>`, '<AppDomain>https://localhost:3000</AppDomain>')).toBe(xml);
      const tmp = mkdtempSync(path.join(tmpdir(), 'pedmonitor-manifest-'));
      try {
        const file = path.join(tmp, 'manifest.xml');
        writeFileSync(file, text);
        const info = await OfficeAddinManifest.readManifestFile(file);
        expect(info.defaultSettings?.sourceLocation).toBe(`${base}/taskpane.html`);
        expect(info.iconUrl).toBe(`${base}/assets/icon-32.png`);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    });
  }

  for (const bad of ['http://monitoring.example.ru', 'monitoring.example.ru', 'https://example.ru/?a=1', 'https://example.ru/#x', '']) {
    it(`refuses ${JSON.stringify(bad)} with a Russian message and writes nothing`, () => {
      const out = mkdtempSync(path.join(tmpdir(), 'pedmonitor-office-bad-'));
      try {
        let failed: { status: number; stderr: string } | null = null;
        try {
          execFileSync(process.execPath, [path.join(root, 'scripts', 'build-office.mjs'), '--out', out, '--origin', bad], { stdio: 'pipe', encoding: 'utf8' });
        } catch (e) {
          failed = e as { status: number; stderr: string };
        }
        expect(failed?.status).toBe(2);
        expect(failed?.stderr).toMatch(/[а-я]/);
        expect(existsSync(path.join(out, 'manifest.xml'))).toBe(false);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }
});
