/**
 * Small helpers of the benchmark: medians, timing, memory figures, and how a child process hands
 * its result back (one JSON line on standard output).
 */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const MB = 1024 * 1024;

/** Peak resident set size of this process so far, in MB (resourceUsage gives kilobytes). */
export function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function rssMb(): number {
  return process.memoryUsage().rss / MB;
}

export function heapMb(): number {
  return process.memoryUsage().heapUsed / MB;
}

/** Full garbage collection when the process runs with --expose-gc. */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Wall-clock and CPU milliseconds of one call. */
export function timed<T>(f: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = f();
  const ms = performance.now() - t;
  const c = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

export async function timedAsync<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t };
}

export const RESULT_PREFIX = 'BENCH-RESULT ';

/** Hands a child's result to the parent. */
export function emit(result: unknown): void {
  process.stdout.write(`\n${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}
