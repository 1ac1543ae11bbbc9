/**
 * Replacing methods of ExcelJS's internal classes for as long as the command line needs them
 * (xlsx-bytes.ts). A patch is marked on the prototype, so applying it twice does nothing, and it
 * can be taken back, leaving ExcelJS exactly as it was for everyone else in the process.
 */

/** Takes a patch back; does nothing for a patch that was already in place. */
export type Restore = () => void;

type Method = (this: unknown, ...args: never[]) => unknown;

/**
 * Replaces each named method of `proto` by `make(original)`, unless `marker` says this patch is
 * already applied. Returns how to put the originals back.
 */
export function patchMethods<T extends object>(
  proto: T,
  marker: symbol,
  methods: { readonly [K in keyof T]?: (original: T[K]) => T[K] },
): Restore {
  const target = proto as Record<PropertyKey, unknown>;
  if (target[marker]) return () => undefined;
  const originals = new Map<PropertyKey, unknown>();
  for (const key of Reflect.ownKeys(methods) as (keyof T & PropertyKey)[]) {
    const make = methods[key] as ((original: Method) => Method) | undefined;
    if (!make) continue;
    const original = target[key] as Method;
    originals.set(key, original);
    target[key] = make(original);
  }
  target[marker] = true;
  return () => {
    for (const [key, original] of originals) target[key] = original;
    delete target[marker];
  };
}
