// tries: reach the host or another extension through ~60 doors: host globals, package roots, eval and Function,
// constructor chains from ctx and events, host-object members (getClass, hashCode, wait), reflection, stack-trace
// hooks, WebAssembly, Atomics.wait, symbols, with statements, proxies, writes to events, other extensions' kv.
// expect: every probe fails on chat, tip and user.enter events; only the control probe reaches; the notice lists
// what was tried and what was reached, and no late (microtask) notice reports a reach.
const HOST_MEMBERS = ['getClass', 'forName', 'getRuntime', 'exec', 'class', 'static', 'newInstance', 'invoke',
  'getDeclaredMethods', 'hashCode', 'notify', 'notifyAll', 'wait', 'getMember', 'putMember'];
const HOST_GLOBALS = /^(Java|Packages|Polyglot|Graal|load|loadWithNewGlobal|require|process|quit|exit|java|javax|javafx|com|org|edu|net|jdk|sun|host|settingsJson)$/;
const HOST_TEXT = /dev\.banter|org\.graalvm|com\.oracle|java\.lang|\.java:/;
function hostish(v) {
  if (v === null || v === undefined || (typeof v !== 'object' && typeof v !== 'function')) return false;
  for (const k of HOST_MEMBERS) {
    try { if (v[k] !== undefined) return true; } catch (e) { /* refused */ }
  }
  return false;
}
function leaksGlobal(g) {
  if (g === null || g === undefined) return false;
  return Object.getOwnPropertyNames(g).some((n) => HOST_GLOBALS.test(n));
}
function hostErrorText(fn) {
  try { fn(); } catch (e) { return HOST_TEXT.test(String(e && e.stack) + String(e && e.message)); }
  return false;
}
const probes = {
  control: () => Math.max(1, 2) === 2,
  Java: () => typeof Java !== 'undefined',
  JavaType: () => Java.type('java.lang.Runtime'),
  Packages: () => typeof Packages !== 'undefined',
  javaRoot: () => typeof java !== 'undefined',
  javaLangSystem: () => java.lang.System.getProperty('user.home'),
  otherRoots: () => [typeof javax, typeof javafx, typeof com, typeof org, typeof edu].some((t) => t !== 'undefined'),
  Polyglot: () => typeof Polyglot !== 'undefined',
  PolyglotEval: () => Polyglot.eval('js', '1'),
  PolyglotImport: () => Polyglot.import('banter'),
  Graal: () => typeof Graal !== 'undefined',
  load: () => typeof load !== 'undefined',
  loadFile: () => load('/etc/passwd'),
  loadWithNewGlobal: () => typeof loadWithNewGlobal !== 'undefined',
  require: () => typeof require !== 'undefined',
  requireFs: () => require('fs'),
  process: () => typeof process !== 'undefined',
  quitExit: () => typeof quit !== 'undefined' || typeof exit !== 'undefined',
  hostByName: () => typeof host !== 'undefined' || typeof settingsJson !== 'undefined',
  evalJava: () => eval('typeof Java') !== 'undefined',
  indirectEval: () => leaksGlobal((0, eval)('this')),
  functionThis: () => leaksGlobal(Function('return this')()),
  sloppyThis: () => leaksGlobal((function () { return this; })()),
  globalNames: () => leaksGlobal(globalThis),
  globalSymbols: () => Object.getOwnPropertySymbols(globalThis).some((s) => hostish(globalThis[s])),
  withGlobal: () => { with (globalThis) { return typeof Java !== 'undefined' || typeof Polyglot !== 'undefined'; } },
  withCtx: () => { with (ctxRef) { return typeof host !== 'undefined'; } },
  generatorCtor: () => leaksGlobal(Object.getPrototypeOf(function* () {}).constructor('yield this')().next().value),
  asyncCtorHost: () => hostish(Object.getPrototypeOf(async function () {}).constructor),
  WebAssembly: () => typeof WebAssembly !== 'undefined',
  atomicsWaitBlocks: () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20) === 'timed-out',
  consoleHost: () => hostish(console) || hostish(console.log) || hostish(print),
  ctxCtorChain: () => leaksGlobal(ctxRef.constructor.constructor('return this')()),
  noticeCtorChain: () => leaksGlobal(ctxRef.room.notice.constructor('return this')()),
  ctxHostish: () => [ctxRef, ctxRef.room, ctxRef.kv, ctxRef.moderation, ctxRef.timers, ctxRef.log, ctxRef.settings]
    .some(hostish),
  ctxNotFrozen: () => [ctxRef, ctxRef.room, ctxRef.kv, ctxRef.moderation, ctxRef.timers, ctxRef.log]
    .some((o) => !Object.isFrozen(o)),
  ctxReplaced: () => { try { ctxRef.now = () => -1; } catch (e) { /* frozen */ } return ctxRef.now() === -1; },
  ctxExtraKeys: () => Reflect.ownKeys(ctxRef).some((k) =>
    !['reject', 'modify', 'now', 'room', 'moderation', 'kv', 'settings', 'log', 'timers'].includes(k)),
  ctxProxy: () => hostish(new Proxy(ctxRef, {})) || hostish(new Proxy(ctxRef.kv, {})),
  fnCaller: () => { function f() { return f.caller; } return typeof f() === 'function'; },
  calleeCaller: () => { function g() { return arguments.callee.caller; } return typeof g() === 'function'; },
  prepareStackTrace: () => {
    Error.prepareStackTrace = (e, frames) => frames;
    try {
      const frames = new Error().stack;
      return Array.isArray(frames) && frames.some((f) => f.getThis() !== undefined || f.getFunction() !== undefined);
    } finally { delete Error.prepareStackTrace; }
  },
  captureStackTrace: () => {
    const o = {};
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(o);
    return HOST_TEXT.test(String(o.stack));
  },
  stackNamesHost: () => HOST_TEXT.test(String(new Error('probe').stack)),
  hostErrorTexts: () => [
    () => ctxRef.room.notice('x', { group: 'no-such-group' }),
    () => ctxRef.moderation.mute('a', 1e300, 'r'),
    () => ctxRef.kv.set('k', 1n),
    () => ctxRef.timers.after('t', Infinity),
    () => ctxRef.room.setSubject('x'.repeat(1 << 16)),
  ].some(hostErrorText),
  eventCtorChain: () => leaksGlobal(ev.constructor.constructor('return this')()),
  eventGetClass: () => typeof ev.getClass !== 'undefined' || typeof ev.class !== 'undefined',
  userGetClass: () => typeof ev.user.getClass !== 'undefined',
  userProto: () => hostish(ev.user.__proto__) || hostish(Object.getPrototypeOf(ev.user)),
  eventProto: () => hostish(ev.__proto__) || hostish(Object.getPrototypeOf(ev)),
  objectMethods: () => ['hashCode', 'notify', 'notifyAll', 'wait', 'equals', 'getClass']
    .some((k) => ev[k] !== undefined || ev.user[k] !== undefined),
  userToStringHost: () => hostish(ev.user.toString),
  eventOwnKeys: () => Reflect.ownKeys(ev).some((k) => typeof ev[k] === 'function' || hostish(ev[k]) && k !== 'user'),
  userOwnKeys: () => Reflect.ownKeys(ev.user).some((k) => typeof ev.user[k] === 'function' && k !== 'toString'),
  descriptorsHost: () => Object.values(Object.getOwnPropertyDescriptors(ev))
    .some((d) => hostish(d.get) || hostish(d.set)),
  setEventField: () => { try { ev.type = 'owned'; } catch (e) { /* read-only */ } return ev.type === 'owned'; },
  setUserName: () => { try { ev.user.name = 'admin'; } catch (e) { /* read-only */ } return ev.user.name === 'admin'; },
  defineOnEvent: () => {
    try { Object.defineProperty(ev, 'type', { value: 'owned' }); } catch (e) { /* refused */ }
    return ev.type === 'owned';
  },
  deleteEventField: () => { try { delete ev.type; } catch (e) { /* refused */ } return ev.type === undefined; },
  eventSymbols: () => Object.getOwnPropertySymbols(ev).some((s) => hostish(ev[s]))
    || hostish(ev[Symbol.iterator]) || hostish(ev[Symbol.toPrimitive]),
  otherKv: () => ctxRef.kv.get('secret') !== undefined || ctxRef.kv.get('../other/secret') !== undefined
    || ctxRef.kv.keys().length > 0,
  settingsWritable: () => { try { ctxRef.settings.x = 1; } catch (e) { /* frozen */ } return ctxRef.settings.x === 1; },
  evalThis: () => leaksGlobal(eval('this')),
  banterExtra: () => hostish(banter) || Reflect.ownKeys(banter).some((k) => !['version', 'on', 'command', 'timer', 'migrate'].includes(k)),
  banterOnLate: () => { try { banter.on('tip', () => {}); return true; } catch (e) { return false; } },
};
let ctxRef;
let ev;
function probeAll(m, ctx) {
  ctxRef = ctx;
  ev = m;
  const tried = [];
  const reached = [];
  for (const name of Object.keys(probes)) {
    tried.push(name);
    try { if (probes[name]()) reached.push(name); } catch (e) { /* refused, as it should be */ }
  }
  import('fs').then(() => ctx.room.notice('late reached: import')).catch(() => {});
  Promise.resolve().then(() => ctx.room.notice('late control'));
  ctx.room.notice(JSON.stringify({ event: m.type, tried, reached }));
}
banter.on('chat.message', probeAll);
banter.on('tip', probeAll);
banter.on('user.enter', probeAll);
