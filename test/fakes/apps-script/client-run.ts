/**
 * google.script.run for a page under test. The page keeps Apps Script's calling style
 * (google.script.run.withSuccessHandler(f).withFailureHandler(g).someFunction(args)); each call is
 * sent to a handler in the test process — scripted answers, or the built Code.js in the vm
 * environment — with arguments and results passed as JSON, and answered asynchronously like the
 * real thing. A handler that throws reaches the page's failure handler as an Error whose stack is
 * the server's, so a test can check that the page never shows it.
 *
 * As strict as Google's reference for google.script.run ("Legal parameters are JavaScript
 * primitives … objects and arrays that are composed of primitives, objects, and arrays …
 * Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
 * prohibited type, including prohibited types inside objects or arrays … undefined fields within
 * arrays become null"; return values have "the same restrictions"):
 *  - an argument holding a Date, a function, a DOM node, a Map/Set/RegExp or any non-plain object,
 *    at any depth, makes the call throw in the page and nothing reaches the server; a circular
 *    object too;
 *  - undefined inside an array arrives as null, an undefined property is dropped;
 *  - a server result holding such a value reaches the success handler as null, as the real one does.
 */
import type { Page } from 'playwright-core';

export type ServerHandler = (name: string, args: unknown[]) => unknown;

const PAGE_STUB = `(() => {
  const calls = [];
  window.__gasCalls = calls;
  function legal(value, path, seen) {
    if (value === null || value === undefined) return;
    const t = typeof value;
    if (t === 'string' || t === 'boolean') return;
    if (t === 'number') return;
    if (t !== 'object') throw new Error('Failed due to illegal value in property: ' + path);
    if (seen.indexOf(value) >= 0) throw new Error('Failed due to illegal value in property: ' + path);
    const proto = Object.getPrototypeOf(value);
    if (Array.isArray(value)) { seen.push(value); value.forEach((v, i) => legal(v, path === '' ? String(i) : path + '.' + i, seen)); seen.pop(); return; }
    if (proto !== Object.prototype && proto !== null) throw new Error('Failed due to illegal value in property: ' + path);
    seen.push(value);
    for (const k of Object.keys(value)) legal(value[k], path === '' ? k : path + '.' + k, seen);
    seen.pop();
  }
  function runner(success, failure) {
    return new Proxy({}, {
      get(_, prop) {
        if (prop === 'withSuccessHandler') return (f) => runner(f, failure);
        if (prop === 'withFailureHandler') return (f) => runner(success, f);
        if (prop === 'withUserObject') return () => runner(success, failure);
        if (typeof prop !== 'string') return undefined;
        return (...args) => {
          args.forEach((a, i) => legal(a, String(i), []));
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
      return JSON.stringify({ ok: true, value: value === undefined || !transferable(value) ? null : value });
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

/** Whether a server result may cross google.script.run (plain data only, see the top of this file). */
export function transferable(value: unknown, seen: unknown[] = []): boolean {
  if (value === null || value === undefined) return true;
  const t = typeof value;
  if (t === 'string' || t === 'boolean' || t === 'number') return true;
  if (t !== 'object' || seen.includes(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  seen.push(value);
  const ok = Object.values(value as object).every((v) => transferable(v, seen));
  seen.pop();
  return ok;
}
