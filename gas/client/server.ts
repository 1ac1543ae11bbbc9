/**
 * The one way the page talks to the server: a typed Promise around google.script.run. Names and
 * argument types come from ServerApi, so a call the server does not implement does not compile.
 * A failure (network, authorisation, an exception on the server) rejects with a ServerCallError
 * whose message is plain Russian; the original text is kept only as a one-line detail for the
 * browser console.
 *
 * One failure has a known cause worth naming: with several Google accounts signed in to one
 * browser, google.script.run from a sidebar runs as the browser's default account, which may have
 * no access to this spreadsheet, and the call fails with "…Error code PERMISSION_DENIED" (or
 * "Authorization is required to perform that action"). Menu items are not affected. Apps Script's
 * troubleshooting guide lists it ("Issues with multiple Google Accounts"); Google's issue tracker
 * 69270374; reported by add-ons such as enuchi/React-Google-Apps-Script#46 and
 * alexwforsythe/code-blocks#53. The page then says so and sends the user to the menu.
 */
import type { ServerApi } from '../shared/api';
import { PAGE } from './messages';

export class ServerCallError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'ServerCallError';
  }
}

const CALL_FAILED = PAGE.callFailed;

export const SEVERAL_ACCOUNTS = PAGE.severalAccounts;

/** The texts google.script.run fails with when the sidebar runs as another signed-in account. */
const ACCOUNT_MIXUP = /PERMISSION_DENIED|Authorization is required to perform that action|Action not allowed/i;

export function callServer<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => {
        const detail = firstLine(error);
        reject(new ServerCallError(ACCOUNT_MIXUP.test(detail) ? SEVERAL_ACCOUNTS : CALL_FAILED, detail));
      });
    const call = runner[name] as unknown as (...a: unknown[]) => void;
    call.apply(runner, args);
  });
}

/** The first line of whatever the server sent, without "Exception:" and never with a stack. */
function firstLine(error: unknown): string {
  const raw = error && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  const line = (raw.split('\n')[0] ?? '').replace(/^(Exception|Error|ScriptError):\s*/i, '').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
