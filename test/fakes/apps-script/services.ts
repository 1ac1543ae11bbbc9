/**
 * LockService, CacheService, Utilities and Session as the project uses them. The document lock
 * can be made "held by someone else" to test the busy path (tryLock then waits its timeout on
 * the fake clock and fails); the cache enforces Apps Script's key and value size limits, expires
 * entries on the fake clock and keeps a history of puts so tests can see published progress.
 */
import type { CallLog, FakeClock } from './call-log';
import { tzOffset } from './values';

export class FakeLock {
  heldByOther = false;
  private held = false;

  constructor(
    private readonly log: CallLog,
    private readonly clock: FakeClock,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.log.record('Lock', 'tryLock', 'service', null, [timeoutInMillis]);
    if (this.heldByOther) {
      this.clock.advance(timeoutInMillis);
      return false;
    }
    this.held = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean {
    return this.held;
  }

  releaseLock(): void {
    this.log.record('Lock', 'releaseLock', 'service');
    this.held = false;
  }
}

export class FakeLockService {
  constructor(readonly documentLock: FakeLock) {}

  getDocumentLock(): FakeLock {
    return this.documentLock;
  }

  getScriptLock(): FakeLock {
    return this.documentLock;
  }

  getUserLock(): FakeLock {
    return this.documentLock;
  }
}

export class FakeCache {
  private readonly store = new Map<string, { value: string; expires: number }>();
  readonly puts: { key: string; value: string; at: number }[] = [];

  constructor(
    private readonly log: CallLog,
    private readonly clock: FakeClock,
  ) {}

  put(key: string, value: string, expirationInSeconds = 600): void {
    this.log.record('Cache', 'put', 'service', null, [key]);
    if (key.length > 250) throw new Error('Cache key too long.');
    if (typeof value !== 'string' || value.length > 100 * 1024) throw new Error('Argument too large: value');
    if (expirationInSeconds > 21600) throw new Error('Expiration too long.');
    this.store.set(key, { value, expires: this.clock.now + expirationInSeconds * 1000 });
    this.puts.push({ key, value, at: this.clock.now });
  }

  get(key: string): string | null {
    this.log.record('Cache', 'get', 'service', null, [key]);
    const entry = this.store.get(key);
    if (!entry || entry.expires <= this.clock.now) return null;
    return entry.value;
  }

  remove(key: string): void {
    this.store.delete(key);
  }
}

export class FakeCacheService {
  constructor(
    readonly userCache: FakeCache,
    readonly documentCache: FakeCache,
    readonly scriptCache: FakeCache,
  ) {}

  getUserCache(): FakeCache {
    return this.userCache;
  }

  getDocumentCache(): FakeCache {
    return this.documentCache;
  }

  getScriptCache(): FakeCache {
    return this.scriptCache;
  }
}

/** Utilities.formatDate with the patterns the project uses: yyyy MM dd HH mm ss and Z. */
export class FakeUtilities {
  constructor(private readonly log: CallLog) {}

  formatDate(date: Date, timeZone: string, pattern: string): string {
    this.log.record('Utilities', 'formatDate', 'service', null, [timeZone, pattern]);
    const offset = tzOffset(timeZone, date.getTime());
    const wall = new Date(date.getTime() + offset);
    const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');
    const sign = offset < 0 ? '-' : '+';
    const z = `${sign}${pad(Math.trunc(Math.abs(offset) / 3_600_000))}${pad(Math.round((Math.abs(offset) % 3_600_000) / 60_000))}`;
    return pattern.replace(/yyyy|MM|dd|HH|mm|ss|Z/g, (token) => {
      switch (token) {
        case 'yyyy':
          return String(wall.getUTCFullYear());
        case 'MM':
          return pad(wall.getUTCMonth() + 1);
        case 'dd':
          return pad(wall.getUTCDate());
        case 'HH':
          return pad(wall.getUTCHours());
        case 'mm':
          return pad(wall.getUTCMinutes());
        case 'ss':
          return pad(wall.getUTCSeconds());
        default:
          return z;
      }
    });
  }

  sleep(ms: number): void {
    throw new Error(`Utilities.sleep(${ms}) is not expected in this project`);
  }
}

export class FakeSession {
  constructor(private readonly scriptTimeZone: string) {}

  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
}
