/**
 * Entry of the shared runtime's page (taskpane.html): wires Office to the controller — the ribbon
 * command «Рассчитать показатели» and the task pane UI live in this one bundle, so they share one
 * module-level run flag. Only wiring here; the logic is in controller.ts and run.ts.
 */
import { Controller } from '../controller';
import { userMessage } from '../excel/errors';
import type { ExcelHost } from '../excel/port';
import { readPaneDefaults } from '../pane-defaults';
import { createRunCommand } from '../ribbon';
import { mountPane } from '../taskpane/view';

const excel: ExcelHost = { run: (batch) => Excel.run((context) => batch(context)) };
const controller = new Controller(excel);

Office.onReady(() => {
  Office.actions.associate(
    'runMonitoring',
    createRunCommand(controller, () => Office.addin.showAsTaskpane()),
  );
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
