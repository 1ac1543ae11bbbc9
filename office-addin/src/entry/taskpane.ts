/**
 * Entry of the shared runtime's page (taskpane.html): wires Office to the controller — the ribbon
 * commands «Рассчитать показатели» and «Аналитическая справка» and the task pane UI live in this
 * one bundle, so they share one module-level run flag. Only wiring here; the logic is in
 * controller.ts, run.ts and report.ts. boot.js (entry/boot.ts) ran first and watches office.js.
 */
import { Controller } from '../controller';
import { userMessage } from '../excel/errors';
import type { ExcelHost } from '../excel/office-api';
import { readPaneDefaults } from '../pane-defaults';
import { createReportCommand, createRunCommand } from '../ribbon';
import { mountPane } from '../taskpane/view';

/** From boot.js: takes back its «Office did not start» message, or says «this Excel is too old». */
declare function pedmonitorOfficeReady(supported: boolean): void;
declare function pedmonitorOfficeFailed(): void;

function start(): void {
  const excel: ExcelHost = {
  run: (batch) => Excel.run((context) => batch(context)),
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
};
  const controller = new Controller(excel);

  Office.onReady(() => {
    // The manifest keeps the add-in off Excel builds without these sets; a sideloaded copy or an
    // old server may still open the pane: say so instead of failing on the first click.
    const requirements = Office.context.requirements;
    const supported = requirements.isSetSupported('ExcelApi', '1.8') && requirements.isSetSupported('SharedRuntime', '1.1');
    if (typeof pedmonitorOfficeReady === 'function') pedmonitorOfficeReady(supported);
    if (!supported) return;
    Office.actions.associate('runMonitoring', createRunCommand(controller, () => Office.addin.showAsTaskpane()));
    Office.actions.associate('makeReport', createReportCommand(controller, () => Office.addin.showAsTaskpane()));
    const pane = mountPane(controller);
    readPaneDefaults(excel, new Date())
      .then((d) => pane.setDefaults(d))
      .catch((e: unknown) => {
        const notice = document.getElementById('notice');
        if (notice) {
          notice.hidden = false;
          notice.className = 'message-bar message-bar-error';
          notice.textContent = userMessage(e);
        }
      });
  });
}

if (typeof Office === 'undefined') {
  // office.js was blocked: boot.js has said so (or says so now); nothing here works without it.
  if (typeof pedmonitorOfficeFailed === 'function') pedmonitorOfficeFailed();
} else start();
