/**
 * The user-facing services: Ui (menus, alerts, sidebar, dialogs) records what the script showed,
 * and HtmlService serves the project's HTML files by name the way Apps Script does
 * (createHtmlOutputFromFile('Sidebar') finds Sidebar.html, a missing file throws).
 */
import type { CallLog } from './call-log';

export type MenuItem = { readonly caption: string; readonly functionName: string } | 'separator';

export interface Menu {
  readonly title: string;
  readonly items: MenuItem[];
}

export class FakeMenu {
  readonly items: MenuItem[] = [];

  constructor(
    private readonly ui: FakeUi,
    private readonly log: CallLog,
    readonly title: string,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.log.record('Menu', 'addItem', 'ui', null, [caption, functionName]);
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.log.record('Menu', 'addSeparator', 'ui');
    this.items.push('separator');
    return this;
  }

  addToUi(): void {
    this.log.record('Menu', 'addToUi', 'ui');
    this.ui.menus.push({ title: this.title, items: [...this.items] });
  }
}

export class FakeHtmlOutput {
  title = '';
  width = 0;
  height = 0;

  constructor(
    private readonly log: CallLog,
    readonly content: string,
  ) {}

  setTitle(title: string): this {
    this.log.record('HtmlOutput', 'setTitle', 'handle', null, [title]);
    this.title = title;
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): this {
    this.log.record('HtmlOutput', 'setWidth', 'handle', null, [width]);
    this.width = width;
    return this;
  }

  setHeight(height: number): this {
    this.log.record('HtmlOutput', 'setHeight', 'handle', null, [height]);
    this.height = height;
    return this;
  }

  getContent(): string {
    return this.content;
  }
}

export interface Alert {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string | null;
}

export class FakeUi {
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
  readonly menus: Menu[] = [];
  readonly alerts: Alert[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { html: FakeHtmlOutput; title: string; modal: boolean }[] = [];

  constructor(private readonly log: CallLog) {}

  createMenu(title: string): FakeMenu {
    this.log.record('Ui', 'createMenu', 'ui', null, [title]);
    return new FakeMenu(this, this.log, title);
  }

  /** alert(prompt) · alert(prompt, buttons) · alert(title, prompt, buttons) */
  alert(a: string, b?: string, c?: string): string {
    this.log.record('Ui', 'alert', 'ui', null, [a, b, c]);
    const alert = c !== undefined ? { title: a, prompt: b ?? '', buttons: c } : b !== undefined && b in this.ButtonSet ? { title: '', prompt: a, buttons: b } : { title: '', prompt: a, buttons: null };
    this.alerts.push(alert);
    return this.Button.OK;
  }

  showSidebar(html: FakeHtmlOutput): void {
    this.log.record('Ui', 'showSidebar', 'ui');
    if (!(html instanceof FakeHtmlOutput)) throw new Error('showSidebar needs an HtmlOutput');
    this.sidebars.push(html);
  }

  showModalDialog(html: FakeHtmlOutput, title: string): void {
    this.log.record('Ui', 'showModalDialog', 'ui');
    this.dialogs.push({ html, title, modal: true });
  }

  showModelessDialog(html: FakeHtmlOutput, title: string): void {
    this.log.record('Ui', 'showModelessDialog', 'ui');
    this.dialogs.push({ html, title, modal: false });
  }
}

export class FakeHtmlService {
  constructor(
    private readonly log: CallLog,
    /** Project files by name without extension: { Sidebar: '<!DOCTYPE html>…' }. */
    private readonly files: Readonly<Record<string, string>>,
  ) {}

  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    this.log.record('HtmlService', 'createHtmlOutputFromFile', 'service', null, [name]);
    const content = this.files[name];
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(this.log, content);
  }

  createHtmlOutput(html = ''): FakeHtmlOutput {
    this.log.record('HtmlService', 'createHtmlOutput', 'service');
    return new FakeHtmlOutput(this.log, html);
  }
}
