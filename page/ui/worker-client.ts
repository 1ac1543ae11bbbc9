/**
 * The page's end of the worker: starts the Web Worker from its inlined source (a Blob URL, which
 * the Content-Security-Policy allows as `worker-src blob:`; works from file:// in Chromium and
 * Firefox), numbers the requests, routes progress to the caller and turns the answer into a
 * resolved or rejected promise. A worker that dies (out of memory) rejects the run in progress
 * with a Russian message and is replaced by a fresh one for the next request.
 */
import type { FromWorker, Progress, RunChoices, RunDone, ToWorker } from '../protocol';
import { PAGE_TEXT } from '../messages';

/** A failure with a message for the user (already Russian). */
export class PageError extends Error {}

interface Pending {
  readonly resolve: (m: FromWorker) => void;
  readonly reject: (e: Error) => void;
  readonly onProgress?: (p: Progress) => void;
}

export class WorkerClient {
  private worker: Worker | null = null;
  private url: string | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly source: string) {}

  /** Starts the worker ahead of the first request; a browser that refuses is told at the request. */
  warmUp(): void {
    try {
      this.ensureWorker();
    } catch {
      // Reported by the first run or template request.
    }
  }

  run(fileName: string, bytes: ArrayBuffer, choices: RunChoices, today: Date, onProgress: (p: Progress) => void): Promise<RunDone> {
    const id = this.nextId++;
    return this.send({ kind: 'run', id, fileName, bytes, choices, today: today.getTime() }, [bytes], onProgress).then((m) => {
      if (m.kind !== 'done') throw new PageError(PAGE_TEXT.unexpected(m.kind));
      return m.done;
    });
  }

  template(today: Date): Promise<ArrayBuffer> {
    const id = this.nextId++;
    return this.send({ kind: 'template', id, today: today.getTime() }, []).then((m) => {
      if (m.kind !== 'template') throw new PageError(PAGE_TEXT.unexpected(m.kind));
      return m.workbook;
    });
  }

  private send(message: ToWorker, transfer: Transferable[], onProgress?: (p: Progress) => void): Promise<FromWorker> {
    return new Promise<FromWorker>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = this.ensureWorker();
      } catch {
        reject(new PageError(PAGE_TEXT.noWorker));
        return;
      }
      this.pending.set(message.id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      worker.postMessage(message, transfer);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    this.url ??= URL.createObjectURL(new Blob([this.source], { type: 'text/javascript' }));
    const worker = new Worker(this.url, { name: 'pedmonitor' });
    worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      this.crash();
    };
    worker.onmessageerror = () => this.crash();
    this.worker = worker;
    return worker;
  }

  private receive(m: FromWorker): void {
    const pending = this.pending.get(m.id);
    if (!pending) return;
    if (m.kind === 'progress') {
      pending.onProgress?.(m.progress);
      return;
    }
    this.pending.delete(m.id);
    if (m.kind === 'failed') pending.reject(new PageError(m.message));
    else pending.resolve(m);
  }

  /** The worker died: every request in flight fails; the next one starts a fresh worker. */
  private crash(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new PageError(PAGE_TEXT.workerCrashed));
    this.pending.clear();
  }
}
