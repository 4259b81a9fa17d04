// Banter SDK: what every dialect's context has besides its own API. Referenced by banter.d.ts, cb1.d.ts and
// cb2.d.ts; include one of those, not this file alone. The language itself is ECMAScript 2022 as GraalJS runs it
// (let/const, classes, arrow functions, spread, Map/Set, RegExp...); there is no DOM, no Node.js, no network, no
// file system, no threads, and no `require` or `import` of other packages.
//
// Declarations version: 1.0.0 (see docs/adr/0016-declarations-versioned-with-the-dialects.md).

/**
 * The console of an extension context. Everything written here goes to the extension's own log, which the host
 * reads; users in the room never see it.
 *
 * Limit: `log-volume` (default 65,536 characters per minute per instance, shared with `ctx.log`); lines beyond it
 * are dropped and counted.
 *
 * @example
 * console.log('loaded with goal', 500);
 */
interface BanterConsole {
  /** Writes one line at level info: the arguments, formatted as GraalJS formats them, joined by spaces. */
  log(...data: unknown[]): void;
  /** Writes one line at level info. */
  info(...data: unknown[]): void;
  /** Writes one line to the error stream of the log (level error). Prefer `ctx.log.warn` for a real warn level. */
  warn(...data: unknown[]): void;
  /** Writes one line at level error. */
  error(...data: unknown[]): void;
  /** Writes one line at level info, like `log`. */
  debug(...data: unknown[]): void;
}

/** The extension's console; see {@link BanterConsole}. */
declare var console: BanterConsole;
