/**
 * google.script.run for a page under test. The page keeps Apps Script's calling style
 * (google.script.run.withSuccessHandler(f).withFailureHandler(g).someFunction(args)); each call is
 * sent to a handler in the test process — scripted answers, or the built Code.js in the vm
 * environment — with arguments and results passed as JSON, and answered asynchronously like the
 * real thing. A handler that throws reaches the page's failure handler as an Error whose stack is
 * the server's, so a test can check that the page never shows it.
 */
import type { Page } from 'playwright-core';

export type ServerHandler = (name: string, args: unknown[]) => unknown;

const PAGE_STUB = `(() => {
  const calls = [];
  window.__gasCalls = calls;
  function runner(success, failure) {
    return new Proxy({}, {
      get(_, prop) {
        if (prop === 'withSuccessHandler') return (f) => runner(f, failure);
        if (prop === 'withFailureHandler') return (f) => runner(success, f);
        if (prop === 'withUserObject') return () => runner(success, failure);
        if (typeof prop !== 'string') return undefined;
        return (...args) => {
          calls.push(prop);
          window.__pedmonitorServer(prop, JSON.stringify(args)).then((text) => {
            const answer = JSON.parse(text);
            if (answer.ok) { if (success) success(answer.value); }
            else if (failure) { const e = new Error(answer.message); e.stack = answer.stack; failure(e); }
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();`;

export async function installGoogleScriptRun(page: Page, handler: ServerHandler): Promise<void> {
  await page.exposeFunction('__pedmonitorServer', async (name: string, argsJson: string) => {
    try {
      const value = await handler(name, JSON.parse(argsJson) as unknown[]);
      return JSON.stringify({ ok: true, value: value === undefined ? null : value });
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      return JSON.stringify({ ok: false, message: error.message, stack: error.stack ?? '' });
    }
  });
  await page.addInitScript(PAGE_STUB);
}

/** Names of the server functions the page has called so far. */
export async function serverCalls(page: Page): Promise<string[]> {
  return (await page.evaluate('window.__gasCalls')) as string[];
}
