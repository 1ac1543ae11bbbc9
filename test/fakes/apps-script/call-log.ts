/**
 * Every call a script makes on the fakes, in order, with its kind. Tests assert performance rules
 * on it (reads independent of rows, reads before writes, writes constant per sheet) and inject
 * faults or fake time through hooks, which run before the call takes effect and may throw.
 */

/** read: asks the document; write: changes it; ui: menus, alerts, toasts; handle: returns an object without touching data; service: lock, cache, utilities, flush. */
export type CallKind = 'read' | 'write' | 'ui' | 'handle' | 'service';

export interface CallEntry {
  readonly seq: number;
  /** Fake class, e.g. 'Range', 'Sheet', 'Spreadsheet', 'SpreadsheetApp', 'Cache'. */
  readonly target: string;
  readonly method: string;
  readonly kind: CallKind;
  /** Stable id of the sheet involved (survives renames), or null. */
  readonly sheetId: number | null;
  /** The sheet's name at the time of the call, or null. */
  readonly sheet: string | null;
  readonly args: readonly unknown[];
}

export type CallHook = (entry: CallEntry) => void;

export class CallLog {
  readonly entries: CallEntry[] = [];
  private readonly hooks: CallHook[] = [];

  record(target: string, method: string, kind: CallKind, sheet: { id: number; name: string } | null = null, args: readonly unknown[] = []): CallEntry {
    const entry: CallEntry = { seq: this.entries.length, target, method, kind, sheetId: sheet?.id ?? null, sheet: sheet?.name ?? null, args };
    this.entries.push(entry);
    for (const hook of this.hooks) hook(entry);
    return entry;
  }

  /** Adds a hook; returns a function that removes it. */
  onCall(hook: CallHook): () => void {
    this.hooks.push(hook);
    return () => {
      const i = this.hooks.indexOf(hook);
      if (i >= 0) this.hooks.splice(i, 1);
    };
  }

  clear(): void {
    this.entries.length = 0;
  }

  ofKind(kind: CallKind): CallEntry[] {
    return this.entries.filter((e) => e.kind === kind);
  }

  /** Calls on the spreadsheet service and its objects (what Apps Script quotas and flushes are about). */
  spreadsheetCalls(): CallEntry[] {
    return this.entries.filter((e) => ['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'DeveloperMetadata'].includes(e.target));
  }

  /** "Sheet.insertSheet: 2, Range.setValues: 3, …" — for failure messages. */
  histogram(entries: readonly CallEntry[] = this.entries): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of entries) out[`${e.target}.${e.method}`] = (out[`${e.target}.${e.method}`] ?? 0) + 1;
    return out;
  }
}

/** A clock the script sees through Date.now(); tests advance it. */
export class FakeClock {
  constructor(public now: number) {}

  advance(ms: number): void {
    this.now += ms;
  }
}
