/**
 * Entry of commands.html: the ribbon command alone, for a configuration without the shared
 * runtime (function file in its own short-lived runtime). The shipped manifest uses the shared
 * runtime (taskpane.html) instead, where the command and the pane share one run flag.
 */
import { Controller } from '../controller';
import type { ExcelHost } from '../excel/office-api';
import { createReportCommand, createRunCommand } from '../ribbon';

const excel: ExcelHost = {
  run: (batch) => Excel.run((context) => batch(context)),
  isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
};
const controller = new Controller(excel);

Office.onReady(() => {
  Office.actions.associate('runMonitoring', createRunCommand(controller, () => Office.addin.showAsTaskpane()));
  Office.actions.associate('makeReport', createReportCommand(controller, () => Office.addin.showAsTaskpane()));
});
