// Hardening shared by every dialect, evaluated in every extension context before the dialect's prelude.
// It is one function expression: the sandbox calls it with the per-invocation allocation budget (bytes). It
// removes globals no extension needs and guards the builtins that can allocate a lot in one call, and answers
// what every prelude shares (handed to the prelude as its `shared` argument).
(function (maxBytes) {
  'use strict';
  const apply = Reflect.apply;
  const StringCtor = String;
  const TypeErrorCtor = TypeError;
  const RangeErrorCtor = RangeError;
  const ErrorCtor = Error;
  const startsWith = String.prototype.startsWith;
  const substring = String.prototype.substring;
  const defineProperty = Object.defineProperty;

  // Globals an extension has no use for; IO and host classes are denied anyway, these only make probing noisier.
  // java, javax, javafx, com, org and edu are the Nashorn-style package roots that outlive Packages.
  for (const name of ['load', 'loadWithNewGlobal', 'quit', 'exit', 'Graal', 'Polyglot', 'Java', 'Packages',
    'java', 'javax', 'javafx', 'com', 'org', 'edu']) {
    try { delete globalThis[name]; } catch (e) { /* not configurable: nothing to remove */ }
  }

  // One builtin call can allocate gigabytes before the watchdog's next look; refuse such calls up front. The
  // allocation budget (bytes) bounds buffers, typed arrays and repeated or padded strings. Plain arrays grow
  // element by element, which the watchdog sees in time.
  const ProxyCtor = Proxy;
  const construct = Reflect.construct;
  function tooBig(bytes, what) {
    if (bytes > maxBytes) {
      throw new RangeErrorCtor(what + ' of ' + bytes + ' bytes is over the allocation budget of ' + maxBytes);
    }
  }
  function guardConstructor(name, bytesOf) {
    const original = globalThis[name];
    if (typeof original !== 'function') return;
    const guarded = new ProxyCtor(original, {
      construct(target, args, newTarget) {
        tooBig(bytesOf(args), name);
        return construct(target, args, newTarget === guarded ? target : newTarget);
      },
      apply(target, self, args) {
        tooBig(bytesOf(args), name);
        return apply(target, self, args);
      },
    });
    defineProperty(original.prototype, 'constructor', { value: guarded, writable: false, configurable: false });
    defineProperty(globalThis, name, { value: guarded, writable: false, configurable: false });
  }
  const firstNumber = (args) => (typeof args[0] === 'number' ? args[0] : 0);
  guardConstructor('ArrayBuffer', firstNumber);
  for (const [name, size] of [['Int8Array', 1], ['Uint8Array', 1], ['Uint8ClampedArray', 1], ['Int16Array', 2],
      ['Uint16Array', 2], ['Int32Array', 4], ['Uint32Array', 4], ['Float32Array', 4], ['Float64Array', 8],
      ['BigInt64Array', 8], ['BigUint64Array', 8]]) {
    guardConstructor(name, (args) => firstNumber(args) * size);
  }
  for (const name of ['SharedArrayBuffer', 'Atomics', 'WebAssembly']) {
    try { delete globalThis[name]; } catch (e) { /* not configurable */ }
  }
  const stringProto = String.prototype;
  for (const [name, sizeOf] of [
      ['repeat', (s, args) => s.length * firstNumber(args) * 2],
      ['padStart', (s, args) => firstNumber(args) * 2],
      ['padEnd', (s, args) => firstNumber(args) * 2]]) {
    const original = stringProto[name];
    defineProperty(stringProto, name, {
      value: { [name](...args) { tooBig(sizeOf(StringCtor(this), args), 'String.prototype.' + name); return apply(original, this, args); } }[name],
      writable: false, configurable: false, enumerable: false,
    });
  }

  // The answer protocol of every host call (see BridgeTarget): null is done, 'refused:' a quota the guest is not
  // told about (false), and an error text is thrown as the JavaScript error it names.
  function fail(result) {
    if (result === null || result === undefined) return true;
    const t = StringCtor(result);
    if (apply(startsWith, t, ['refused:'])) return false;
    if (apply(startsWith, t, ['TypeError: '])) throw new TypeErrorCtor(apply(substring, t, [11]));
    if (apply(startsWith, t, ['RangeError: '])) throw new RangeErrorCtor(apply(substring, t, [12]));
    throw new ErrorCtor(apply(startsWith, t, ['Error: ']) ? apply(substring, t, [7]) : t);
  }

  return Object.freeze({ fail });
})
