/**
 * The Web Worker's entry: takes one request at a time from the page, runs the job (job.ts) off
 * the page's thread so the page never freezes, posts progress, and answers with the downloads
 * (transferred, not copied) or one Russian message. Built into a string the page turns into a
 * Blob URL: the page stays one file.
 */
import { isPedmonitorError } from '../../core/index';
import type { FromWorker, ToWorker } from '../protocol';
import { PAGE_TEXT } from '../messages';
import { runJob, templateJob, exactBuffer } from './job';
import { browserCodec } from './codec';

interface WorkerScope {
  onmessage: ((e: { data: ToWorker }) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  void handle(e.data);
};

async function handle(request: ToWorker): Promise<void> {
  const { id } = request;
  if (!canInflate()) {
    scope.postMessage({ kind: 'failed', id, message: PAGE_TEXT.oldBrowser });
    return;
  }
  try {
    if (request.kind === 'template') {
      const workbook = exactBuffer(await templateJob(browserCodec, new Date(request.today)));
      scope.postMessage({ kind: 'template', id, workbook }, [workbook]);
      return;
    }
    const done = await runJob(browserCodec, new Uint8Array(request.bytes), request.fileName, request.choices, new Date(request.today), (progress) =>
      scope.postMessage({ kind: 'progress', id, progress }),
    );
    scope.postMessage({ kind: 'done', id, done }, [done.workbook]);
  } catch (e) {
    scope.postMessage({ kind: 'failed', id, message: messageOf(e) });
  }
}

/** Whether this browser has the raw-deflate stream the codec needs (Chromium 103+, Firefox 113+, Safari 16.4+). */
function canInflate(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** A PedmonitorError's own Russian text; anything else as «непредвиденная ошибка» with its reason. */
function messageOf(e: unknown): string {
  if (isPedmonitorError(e)) return e.message;
  if (e instanceof RangeError && /memory|allocation|Array buffer/i.test(e.message)) return PAGE_TEXT.outOfMemory;
  return PAGE_TEXT.unexpected(e instanceof Error ? e.message : String(e));
}
