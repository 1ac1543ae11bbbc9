/**
 * The one way the page talks to the server: a typed Promise around google.script.run. Names and
 * argument types come from ServerApi, so a call the server does not implement does not compile.
 * A failure (network, authorisation, an exception on the server) rejects with a ServerCallError
 * whose message is plain Russian; the original text is kept only as a one-line detail for the
 * browser console.
 */
import type { ServerApi } from '../shared/api';

export class ServerCallError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'ServerCallError';
  }
}

const CALL_FAILED = 'Не удалось выполнить действие в таблице. Проверьте подключение к интернету, обновите страницу и попробуйте ещё раз.';

export function callServer<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new ServerCallError(CALL_FAILED, firstLine(error))));
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
