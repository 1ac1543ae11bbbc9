/**
 * The program's version for `--version`: the bundle build (scripts/build-cli.mjs) replaces
 * PEDMONITOR_VERSION with package.json's version; unbundled runs (tests) say "dev".
 */
declare const PEDMONITOR_VERSION: string | undefined;

export const VERSION: string = typeof PEDMONITOR_VERSION === 'string' ? PEDMONITOR_VERSION : 'dev';
