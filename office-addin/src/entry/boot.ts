/**
 * Entry of boot.js, the first script of taskpane.html, loaded from our own origin before
 * Microsoft's office.js (which Microsoft requires in <head>, before the body). If a network blocks
 * appsforoffice.microsoft.com, office.js fails (its onerror calls pedmonitorOfficeFailed) or hangs;
 * either way the pane would stay at «Загрузка…» with a dead button. This watchdog says what is
 * wrong at once on failure, or after 10 seconds without Office.onReady, and takes the message
 * back if Office starts after all. taskpane.js calls pedmonitorOfficeReady() from Office.onReady.
 */
import { BOOT_TEXT } from '../boot-texts';

/** How long the pane waits for Office before saying so (issue 16: within 10 s). */
export const OFFICE_WAIT_MS = 10_000;

interface BootWindow {
  pedmonitorOfficeFailed?: () => void;
  pedmonitorOfficeReady?: (supported: boolean) => void;
  Office?: unknown;
}

const w = window as unknown as BootWindow;
let ready = false;

function show(text: string): void {
  let box = document.getElementById('office-boot');
  if (!box) {
    box = document.createElement('div');
    box.id = 'office-boot';
    box.setAttribute('role', 'alert');
    box.className = 'message-bar message-bar-error';
    box.style.cssText = 'margin:12px;padding:10px 12px;border-radius:4px;background:#fde7e9;color:#a4262c;font:14px/1.45 "Segoe UI",system-ui,sans-serif;white-space:normal';
    const parent = document.body ?? document.documentElement;
    parent.insertBefore(box, parent.firstChild);
  }
  box.textContent = text;
  for (const id of ['run', 'report', 'template', 'catalogue']) {
    const button = document.getElementById(id) as HTMLButtonElement | null;
    if (button) button.disabled = true;
  }
}

w.pedmonitorOfficeFailed = () => {
  if (!ready) show(BOOT_TEXT.blocked);
};

w.pedmonitorOfficeReady = (supported: boolean) => {
  ready = true;
  if (!supported) {
    show(BOOT_TEXT.oldExcel);
    return;
  }
  document.getElementById('office-boot')?.remove();
  for (const id of ['run', 'report', 'template', 'catalogue']) {
    const button = document.getElementById(id) as HTMLButtonElement | null;
    if (button) button.disabled = false;
  }
};

setTimeout(() => {
  if (!ready) show(typeof w.Office === 'undefined' ? BOOT_TEXT.slow : BOOT_TEXT.noAnswer);
}, OFFICE_WAIT_MS);
