// The banter/1 dialect, evaluated in every banter/1 context after harden.js and before the extension's own code.
// It is one function expression: the sandbox calls it with the host bridge and the instance's settings (as JSON),
// and gets back the functions it drives. Everything the extension can reach is frozen, and every builtin used
// here is captured before extension code runs, so an extension that rewrites Array.prototype or JSON only
// breaks itself. Nothing here is trusted by the host: every call through `host` is checked again in Java.
(function (host, settingsJson, maxBytes, shared) {
  'use strict';
  const freeze = Object.freeze;
  const isFrozen = Object.isFrozen;
  const getOwnPropertyNames = Object.getOwnPropertyNames;
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const apply = Reflect.apply;
  const StringCtor = String;
  const TypeErrorCtor = TypeError;
  const ErrorCtor = Error;
  const MapCtor = Map;
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const mapDelete = Map.prototype.delete;
  const mapClear = Map.prototype.clear;
  const arrayPush = Array.prototype.push;
  const arrayJoin = Array.prototype.join;
  const startsWith = String.prototype.startsWith;
  const defineProperty = Object.defineProperty;
  const MISSING = freeze({});

  const fail = shared.fail;

  function text(value, what) {
    if (typeof value === 'string') return value;
    if (value === undefined || value === null) throw new TypeErrorCtor(what + ' must be a string, was ' + value);
    return StringCtor(value);
  }

  function optText(value) {
    return value === undefined || value === null ? null : StringCtor(value);
  }

  function deepFreeze(value) {
    if (value !== null && typeof value === 'object' && !isFrozen(value)) {
      freeze(value);
      const names = getOwnPropertyNames(value);
      for (let i = 0; i < names.length; i++) deepFreeze(value[names[i]]);
    }
    return value;
  }

  // ---- registration (only while loading) ----
  const handlers = new MapCtor();
  let loading = true;

  function register(kind, name, fn, what) {
    if (!loading) throw new ErrorCtor(what + ' must be called while the extension loads, not from a handler');
    if (typeof name !== 'string') throw new TypeErrorCtor(what + ': the first argument must be a string');
    if (typeof fn !== 'function') throw new TypeErrorCtor(what + "('" + name + "', fn): fn must be a function");
    fail(host.subscribe(kind, name));
    apply(mapSet, handlers, [kind + ':' + name, fn]);
  }

  // The migration hook: run once by the lifecycle when a room upgrades to this version, with the version it ran
  // before and the kv; it is not a handler, so only kv is usable in it.
  let migrateFn;

  const banter = freeze({
    version: 'banter/1',
    on(type, fn) { register('on', type, fn, 'banter.on'); },
    command(name, fn) { register('command', name, fn, 'banter.command'); },
    timer(label, fn) { register('timer', label, fn, 'banter.timer'); },
    migrate(fn) {
      if (!loading) throw new ErrorCtor('banter.migrate must be called while the extension loads, not from a handler');
      if (typeof fn !== 'function') throw new TypeErrorCtor('banter.migrate(fn): fn must be a function');
      if (migrateFn !== undefined) throw new ErrorCtor('banter.migrate: the migration hook is registered already');
      migrateFn = fn;
    },
  });

  // ---- kv: hot entries stay in this context; writes are checked and staged by the host ----
  const cache = new MapCtor();

  function kvKey(key) {
    if (typeof key !== 'string') throw new TypeErrorCtor('kv keys are strings, was ' + typeof key);
    return key;
  }

  // kvLoad and kvKeys answer JSON, or an error text (which never starts like JSON) when the call is refused
  function refusedOr(answer) {
    if (answer !== null && answer !== undefined && apply(startsWith, StringCtor(answer), ['Error: '])) fail(answer);
    return answer;
  }

  function kvRaw(key) {
    let json = apply(mapGet, cache, [key]);
    if (json === undefined) {
      const loaded = refusedOr(host.kvLoad(key));
      json = loaded === null || loaded === undefined ? MISSING : StringCtor(loaded);
      apply(mapSet, cache, [key, json]);
    }
    return json;
  }

  function kvGet(key) {
    const json = kvRaw(kvKey(key));
    return json === MISSING ? undefined : parse(json);
  }

  function kvSet(key, value) {
    kvKey(key);
    const json = stringify(value);
    if (typeof json !== 'string') {
      throw new TypeErrorCtor("kv.set('" + key + "'): the value must be JSON-serializable, was " + typeof value);
    }
    fail(host.kvPut(key, json));
    apply(mapSet, cache, [key, json]);
  }

  const kv = freeze({
    get: kvGet,
    set: kvSet,
    has(key) { return kvRaw(kvKey(key)) !== MISSING; },
    incr(key, by) {
      const step = by === undefined ? 1 : by;
      if (typeof step !== 'number' || step !== step) throw new TypeErrorCtor('kv.incr: by must be a number');
      const current = kvGet(key);
      if (current !== undefined && typeof current !== 'number') {
        throw new TypeErrorCtor("kv.incr('" + key + "'): the value is a " + typeof current + ', not a number');
      }
      const next = (current === undefined ? 0 : current) + step;
      kvSet(key, next);
      return next;
    },
    delete(key) {
      kvKey(key);
      const existed = kvRaw(key) !== MISSING;
      fail(host.kvDelete(key));
      apply(mapSet, cache, [key, MISSING]);
      return existed;
    },
    keys() { return parse(refusedOr(host.kvKeys())); },
  });

  // ---- the handler context: one per instance, frozen ----
  const NOTICE_OPTIONS = 'to, group, background, color, weight';

  function notice(message, options) {
    const body = text(message, 'room.notice text');
    let to = null, group = null, bg = null, fg = null, weight = null;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object') throw new TypeErrorCtor('room.notice options must be an object: ' + NOTICE_OPTIONS);
      to = optText(options.to);
      group = optText(options.group);
      bg = optText(options.background);
      fg = optText(options.color);
      weight = optText(options.weight);
    }
    return fail(host.notice(body, to, group, bg, fg, weight));
  }

  const room = freeze({
    notice,
    setSubject(subject) { fail(host.subject(text(subject, 'room.setSubject subject'))); },
  });

  function moderate(action) {
    return function (user, a, b) {
      const name = user !== null && typeof user === 'object' ? user.name : user;
      let seconds = 0, reason = '';
      if (action === 'mute') {
        seconds = a === undefined ? 60 : a;
        if (typeof seconds !== 'number') throw new TypeErrorCtor('moderation.mute(user, seconds, reason): seconds must be a number');
        reason = b === undefined ? '' : StringCtor(b);
      } else {
        reason = a === undefined ? '' : StringCtor(a);
      }
      fail(host.moderate(action, text(name, 'moderation.' + action + ' user'), seconds, reason));
    };
  }

  const moderation = freeze({
    mute: moderate('mute'),
    ban: moderate('ban'),
    kick: moderate('kick'),
    warn: moderate('warn'),
  });

  const timerFns = new MapCtor();

  function schedule(label, ms, fn, repeat, what) {
    const name = text(label, what + ' label');
    if (typeof ms !== 'number' || ms !== ms) throw new TypeErrorCtor(what + "('" + name + "', ms): ms must be a number");
    if (fn !== undefined && typeof fn !== 'function') throw new TypeErrorCtor(what + ': the callback must be a function');
    fail(host.timer(name, ms, repeat ? ms : 0));
    if (fn !== undefined) apply(mapSet, timerFns, [name, fn]);
  }

  const timers = freeze({
    after(label, ms, fn) { schedule(label, ms, fn, false, 'timers.after'); },
    every(label, ms, fn) { schedule(label, ms, fn, true, 'timers.every'); },
    cancel(label) {
      const name = text(label, 'timers.cancel label');
      apply(mapDelete, timerFns, [name]);
      return host.cancelTimer(name);
    },
  });

  function logAt(level) {
    return function () {
      const parts = [];
      for (let i = 0; i < arguments.length; i++) {
        const a = arguments[i];
        let s;
        try { s = typeof a === 'string' ? a : stringify(a); } catch (e) { s = undefined; }
        apply(arrayPush, parts, [s === undefined ? StringCtor(a) : s]);
      }
      host.log(level, apply(arrayJoin, parts, [' ']));
    };
  }
  const log = logAt('info');
  log.info = log;
  log.warn = logAt('warn');
  log.error = logAt('error');
  freeze(log);

  const settings = deepFreeze(parse(settingsJson));

  const ctx = freeze({
    reject(reason) { fail(host.reject(reason === undefined ? '' : StringCtor(reason))); },
    modify(changes) {
      if (changes === null || typeof changes !== 'object') {
        throw new TypeErrorCtor('ctx.modify takes an object like { body: "new text", color: "#aa0000" }');
      }
      const styled = changes.background !== undefined || changes.color !== undefined || changes.font !== undefined;
      if (changes.body === undefined && !styled) {
        throw new TypeErrorCtor('ctx.modify needs at least one of body, background, color, font');
      }
      if (changes.body !== undefined) fail(host.modify(text(changes.body, 'ctx.modify body')));
      if (styled) {
        fail(host.restyle(optText(changes.background), optText(changes.color), optText(changes.font)));
      }
    },
    now() { return host.now(); },
    room,
    moderation,
    kv,
    settings,
    log,
    timers,
  });

  defineProperty(globalThis, 'banter', { value: banter, writable: false, configurable: false, enumerable: false });

  // ---- what the sandbox drives ----
  return freeze({
    // Called once, after the extension's top-level code ran.
    loaded() { loading = false; },
    // Runs one handler; the return value of the handler is ignored.
    run(key, event) {
      const fn = apply(mapGet, handlers, [key]);
      if (fn !== undefined) fn(event, ctx);
    },
    // Runs a timer's callback: the one given to timers.after/every, else the banter.timer handler. A one-shot
    // timer's callback is forgotten as it fires.
    fire(label, event, once) {
      const fn = apply(mapGet, timerFns, [label]);
      if (fn !== undefined) {
        if (once) apply(mapDelete, timerFns, [label]);
        fn(event, ctx);
        return;
      }
      const named = apply(mapGet, handlers, ['timer:' + label]);
      if (named !== undefined) named(event, ctx);
    },
    // Whether the extension registered a migration hook.
    hasMigrate() { return migrateFn !== undefined; },
    // Runs the migration hook with the version the room ran before.
    migrate(fromVersion) { migrateFn(fromVersion, kv); },
    // Forgets the kv entries cached in this context (after a failed invocation discarded its writes).
    reset() { apply(mapClear, cache, []); },
  });
})
