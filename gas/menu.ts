/**
 * What a user starts from the spreadsheet: the «Мониторинг» menu (onOpen, and onInstall for when
 * this becomes an editor add-on), the menu run with toasts and a closing alert, the sidebar and
 * the help dialog. Each menu handler shows a Russian message instead of letting an exception
 * surface as Apps Script's red error bar.
 */
import { HELP_HTML, HELP_TITLE, MENU, SIDEBAR_TITLE, summaryText, TEXT, TITLE } from './messages';
import { ToastProgress } from './progress';
import { describeFailure, runMonitoring } from './run';
import { createCatalogueSheet } from './catalogue';
import { createTemplateSheets } from './template';

/** Simple trigger: only builds the menu (it runs before authorisation, so it touches no data). */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU.title)
    .addItem(MENU.compute, 'computeIndicators')
    .addItem(MENU.report, 'showReport')
    .addItem(MENU.panel, 'showSidebar')
    .addItem(MENU.template, 'createTemplate')
    .addItem(MENU.catalogue, 'createCatalogue')
    .addSeparator()
    .addItem(MENU.help, 'showHelp')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function computeIndicators(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  let text: string;
  try {
    const done = runMonitoring({}, new ToastProgress(ss));
    text = summaryText(done.summary, done.written);
  } catch (e) {
    ss.toast(TEXT.toastStopped, TITLE, 3);
    text = describeFailure(e).message;
  }
  ui.alert(TITLE, text, ui.ButtonSet.OK);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function createTemplate(): void {
  const ui = SpreadsheetApp.getUi();
  let text: string;
  try {
    text = createTemplateSheets().message;
  } catch (e) {
    text = describeFailure(e).message;
  }
  ui.alert(TITLE, text, ui.ButtonSet.OK);
}

/** «Создать настройку показателей»: the sheet from the preset `Настройки` names (or the default). */
export function createCatalogue(): void {
  const ui = SpreadsheetApp.getUi();
  let text: string;
  try {
    text = createCatalogueSheet('').message;
  } catch (e) {
    text = describeFailure(e).message;
  }
  ui.alert(TITLE, text, ui.ButtonSet.OK);
}

export function showHelp(): void {
  const html = HtmlService.createHtmlOutput(HELP_HTML).setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModelessDialog(html, HELP_TITLE);
}
