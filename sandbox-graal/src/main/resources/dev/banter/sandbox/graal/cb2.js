// The cb/2 dialect: the $-object API of per-handler apps. The sandbox evaluates banter1.js first in the same context
// (its hardening - deleted globals, guarded allocation builtins - is the very same code, not a copy), then this
// function expression, which it calls with the host bridge, the settings (JSON), the instance's facts (JSON: id,
// version, room, permissions) and the list of known handler keys. Shared code then runs at global scope and every
// handler file arrives through handler(key, fn) as a function whose body is the file. Nothing here is trusted by the
// host: every call through `host` is checked again in Java, under the same permissions and limits as banter/1.
(function (host, settingsJson, infoJson, eventTypes) {
  'use strict';
  // builtins are captured before app code runs, so an app that rewrites them only breaks itself
  const { freeze, defineProperty, keys: keysOf } = Object;
  const { parse, stringify } = JSON;
  const { apply } = Reflect;
  const { isArray } = Array;
  const [StringCtor, NumberCtor, TypeErrorCtor, RangeErrorCtor, ErrorCtor] = [String, Number, TypeError, RangeError, Error];
  const { startsWith, slice } = String.prototype;
  const { push, join } = Array.prototype;
  const iteratorSymbol = Symbol.iterator;
  const EXPIRES = '__cb2_expires';

  // Bridge answers: null is done, 'refused:' a quota the guest is not told about, else the error to throw.
  function check(answer) {
    if (answer === null || answer === undefined) return true;
    const t = StringCtor(answer);
    if (apply(startsWith, t, ['refused:'])) return false;
    const colon = t.indexOf(': ');
    const kind = colon < 0 ? '' : apply(slice, t, [0, colon]);
    const detail = colon < 0 ? t : apply(slice, t, [colon + 2]);
    if (kind === 'TypeError') throw new TypeErrorCtor(detail);
    if (kind === 'RangeError') throw new RangeErrorCtor(detail);
    throw new ErrorCtor(kind === 'Error' ? detail : t);
  }

  function str(value, what) {
    if (value === undefined || value === null) throw new TypeErrorCtor(what + ' must be a string, was ' + value);
    return typeof value === 'string' ? value : StringCtor(value);
  }

  function maybe(value) {
    return value === undefined || value === null ? null : StringCtor(value);
  }

  function frozenCopy(value) {
    if (value === null || typeof value !== 'object') return value;
    const names = keysOf(value);
    for (let i = 0; i < names.length; i++) frozenCopy(value[names[i]]);
    return freeze(value);
  }

  const info = parse(infoJson);
  const settings = frozenCopy(parse(settingsJson));
  const handlers = {};
  let loading = true;

  // ---- per-invocation state ----
  let event = null;          // the host event being handled
  let userView = undefined;  // $user of this event
  let messageView = undefined;
  let callbackLabel = undefined;
  let transforming = false;
  let panelWanted = false;
  const warned = {};

  function warnOnce(key, text) {
    if (warned[key]) return;
    warned[key] = true;
    host.log('warn', text);
  }

  // ---- $user ----
  const RECENT = { 'none': 'none', 'tipped': 'some', 'tipped-a-lot': 'lots', 'tipped-tons': 'tons' };
  const COLOR = { 'none': 'g', 'tipped': 'l', 'tipped-a-lot': 'p', 'tipped-tons': 't' };

  function userOf(u) {
    if (u === undefined || u === null) return undefined;
    const colorGroup = u.owner ? 'o' : u.moderator ? 'm' : u.fan ? 'f' : u.hasTokens ? COLOR[u.tipper] : 'g';
    return freeze({
      username: u.name,
      isOwner: u.owner,
      isMod: u.moderator,
      inFanclub: u.fan,
      hasTokens: u.hasTokens,
      recentTips: RECENT[u.tipper] || 'none',
      gender: u.gender,
      colorGroup: colorGroup === undefined ? 'g' : colorGroup,
    });
  }

  // ---- $message: writable only in Chat Message Transform ----
  function messageOf(body) {
    const state = { body: body, spam: false, color: null, bgColor: null, font: null };
    function setter(name, field, convert) {
      return function (value) {
        if (!transforming) {
          warnOnce('message.' + name, '$message.' + name + ' has effect only in the Chat Message Transform handler');
          return;
        }
        state[field] = convert(value);
      };
    }
    const view = freeze({
      get body() { return state.body; },
      get orig() { return body; },
      get isSpam() { return state.spam; },
      get color() { return state.color; },
      get bgColor() { return state.bgColor; },
      get font() { return state.font; },
      setBody: setter('setBody', 'body', (v) => str(v, '$message.setBody text')),
      setSpam: setter('setSpam', 'spam', (v) => v === undefined ? true : !!v),
      setColor: setter('setColor', 'color', maybe),
      setBgColor: setter('setBgColor', 'bgColor', maybe),
      setFont: setter('setFont', 'font', maybe),
    });
    return { view, state };
  }

  // ---- $room ----
  const GROUPS = {
    'red': 'moderators', 'm': 'moderators', 'moderators': 'moderators',
    'green': 'fans', 'f': 'fans', 'fans': 'fans',
    'o': 'owner', 'owner': 'owner',
    'darkblue': 'tippers', 'lightpurple': 'tippers', 'darkpurple': 'tippers', 'lightblue': 'tippers',
    'l': 'tippers', 'p': 'tippers', 't': 'tippers', 'tippers': 'tippers',
    'has-tokens': 'has-tokens',
  };
  const MAX_SUBJECT = 200;
  let roomStatus = 'public';
  let subject = null;

  function sendNotice(message, options) {
    const text = str(message, '$room.sendNotice message');
    let to = null, group = null, bg = null, fg = null, weight = null;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object') {
        throw new TypeErrorCtor('$room.sendNotice options must be an object of toUsername, color, bgColor, '
          + 'fontWeight, toColorGroup, was ' + typeof options);
      }
      to = maybe(options.toUsername);
      fg = maybe(options.color);
      bg = maybe(options.bgColor);
      weight = maybe(options.fontWeight);
      const g = maybe(options.toColorGroup);
      if (g !== null && g !== '') {
        group = GROUPS[g];
        if (group === undefined) throw new TypeErrorCtor('$room.sendNotice: unknown toColorGroup \'' + g + '\'');
      }
      if (to === '') to = null;
    }
    return check(host.notice(text, to, group, bg, fg, weight));
  }

  function action(kind, attributes) {
    return check(host.action(kind, stringify(attributes)));
  }

  function tipOptionsOf(options) {
    if (options === null || typeof options !== 'object') {
      throw new TypeErrorCtor('$room.setTipOptions takes { label, options: [{ label }] }, was ' + options);
    }
    const list = [];
    const given = options.options === undefined ? [] : options.options;
    if (!isArray(given)) throw new TypeErrorCtor('$room.setTipOptions: options must be an array');
    for (let i = 0; i < given.length; i++) {
      const o = given[i];
      apply(push, list, [str(o !== null && typeof o === 'object' ? o.label : o, 'tip option [' + i + '] label')]);
    }
    return { label: options.label === undefined ? '' : str(options.label, 'tip options label'), options: list };
  }

  function panelOf(panel) {
    if (panel === null || typeof panel !== 'object') {
      throw new TypeErrorCtor('$room.setPanelTemplate takes an object with a template, was ' + panel);
    }
    const out = {};
    const names = keysOf(panel);
    for (let i = 0; i < names.length; i++) {
      const v = panel[names[i]];
      out[names[i]] = v !== null && typeof v === 'object' ? stringify(v) : StringCtor(v);
    }
    if (out.template === undefined) throw new TypeErrorCtor('$room.setPanelTemplate: the template is missing');
    return out;
  }

  const $room = freeze({
    get owner() { return info.room; },
    get status() { return roomStatus; },
    get subject() { return subject; },
    sendNotice,
    setSubject(text) {
      let s = str(text, '$room.setSubject subject');
      if (s.length > MAX_SUBJECT) {
        host.log('warn', '$room.setSubject: cut a subject of ' + s.length + ' chars to ' + MAX_SUBJECT);
        s = apply(slice, s, [0, MAX_SUBJECT]);
      }
      check(host.subject(s));
      subject = s;
    },
    setTipOptions(options) { return action('tip-options', tipOptionsOf(options)); },
    setPanelTemplate(panel) { return action('panel', panelOf(panel)); },
    reloadPanel() { panelWanted = true; },
  });

  // ---- $kv on the instance's kv; values set with an expiry carry it along ----
  function kvKey(key, what) {
    if (typeof key !== 'string') throw new TypeErrorCtor('$kv.' + what + ': keys are strings, was ' + typeof key);
    return key;
  }

  function kvRead(key) {
    const answer = host.kvLoad(key);
    if (answer === null || answer === undefined) return undefined;
    const text = StringCtor(answer);
    if (apply(startsWith, text, ['Error: '])) check(text);
    const value = parse(text);
    if (value !== null && typeof value === 'object' && !isArray(value) && EXPIRES in value) {
      return value[EXPIRES] <= host.now() ? undefined : value.value;
    }
    return value;
  }

  function kvWrite(key, value, expiry) {
    const stored = expiry === undefined || expiry === null || expiry === 0
      ? value
      : { [EXPIRES]: host.now() + NumberCtor(expiry) * 1000, value: value };
    const json = stringify(stored);
    if (typeof json !== 'string') {
      throw new TypeErrorCtor("$kv.set('" + key + "'): the value must be JSON-serializable, was " + typeof value);
    }
    check(host.kvPut(key, json));
  }

  function kvStep(key, by, sign, what) {
    kvKey(key, what);
    const step = by === undefined ? 1 : by;
    if (typeof step !== 'number' || step !== step) throw new TypeErrorCtor('$kv.' + what + ': by must be a number');
    const current = kvRead(key);
    if (current !== undefined && typeof current !== 'number') {
      throw new TypeErrorCtor("$kv." + what + "('" + key + "'): the value is a " + typeof current + ', not a number');
    }
    const next = (current === undefined ? 0 : current) + sign * step;
    kvWrite(key, next);
    return next;
  }

  function kvKeys() {
    const answer = StringCtor(host.kvKeys());
    if (apply(startsWith, answer, ['Error: '])) check(answer);
    return parse(answer);
  }

  const $kv = freeze({
    get(key, defaultValue) {
      const value = kvRead(kvKey(key, 'get'));
      if (value !== undefined) return value;
      if (arguments.length > 1) return defaultValue;
      throw new ErrorCtor("$kv.get('" + key + "'): no such key, and no default was given");
    },
    set(key, value, expiry) {
      kvKey(key, 'set');
      if (expiry !== undefined && (typeof expiry !== 'number' || !(expiry >= 0))) {
        throw new TypeErrorCtor("$kv.set('" + key + "'): the expiry is seconds (a number >= 0), was " + expiry);
      }
      kvWrite(key, value, expiry);
    },
    incr(key, by) { return kvStep(key, by, 1, 'incr'); },
    decr(key, by) { return kvStep(key, by, -1, 'decr'); },
    remove(key) {
      kvKey(key, 'remove');
      const existed = kvRead(key) !== undefined;
      check(host.kvDelete(key));
      return existed;
    },
    clear() {
      const keys = kvKeys();
      for (let i = 0; i < keys.length; i++) check(host.kvDelete(keys[i]));
    },
    iter(prefix) {
      const start = prefix === undefined ? '' : str(prefix, '$kv.iter prefix');
      const entries = [];
      const keys = kvKeys();
      for (let i = 0; i < keys.length; i++) {
        if (!apply(startsWith, keys[i], [start])) continue;
        const value = kvRead(keys[i]);
        if (value !== undefined) apply(push, entries, [freeze({ key: keys[i], value: value })]);
      }
      let next = 0;
      return freeze({
        next() { return next < entries.length ? { done: false, value: entries[next++] } : { done: true, value: undefined }; },
        [iteratorSymbol]() { return this; },
      });
    },
  });

  // ---- $callback on the engine timers; delays in seconds ----
  const $callback = freeze({
    get label() { return callbackLabel; },
    create(label, delay, repeating) {
      const name = str(label, '$callback.create label');
      if (typeof delay !== 'number' || !(delay > 0)) {
        throw new TypeErrorCtor("$callback.create('" + name + "'): the delay is seconds (a number > 0), was " + delay);
      }
      const ms = delay * 1000;
      check(host.timer(name, ms, repeating ? ms : 0));
    },
    cancel(label) { return host.cancelTimer(str(label, '$callback.cancel label')); },
  });

  // ---- $limitcam: a host action; who has access is remembered here for hasAccess ----
  let camRunning = false;
  let camUsers = [];

  function names(users, what) {
    if (users === undefined || users === null) return [];
    if (!isArray(users)) throw new TypeErrorCtor('$limitcam.' + what + ': users must be an array of user names');
    const out = [];
    for (let i = 0; i < users.length; i++) apply(push, out, [str(users[i], '$limitcam.' + what + ' user')]);
    return out;
  }

  function cam(op, message, users) {
    action('limitcam', { op: op, message: message, users: apply(join, users, [',']) });
  }

  const $limitcam = freeze({
    get isRunning() { return camRunning; },
    get users() { return freeze(camUsers.slice()); },
    start(message, users) {
      const list = names(users, 'start');
      cam('start', message === undefined ? '' : str(message, '$limitcam.start message'), list);
      camRunning = true;
      camUsers = list;
    },
    stop() { cam('stop', '', []); camRunning = false; },
    add(users) {
      const list = names(users, 'add');
      cam('add', '', list);
      for (let i = 0; i < list.length; i++) if (camUsers.indexOf(list[i]) < 0) apply(push, camUsers, [list[i]]);
    },
    remove(users) {
      const list = names(users, 'remove');
      cam('remove', '', list);
      camUsers = camUsers.filter((u) => list.indexOf(u) < 0);
    },
    removeAll() { cam('remove-all', '', []); camUsers = []; },
    hasAccess(user) { return camUsers.indexOf(str(user, '$limitcam.hasAccess user')) >= 0; },
  });

  // ---- $app ----
  const $app = freeze({
    id: info.id,
    name: info.id,
    version: info.version,
    dialect: 'cb/2',
    permissions: freeze(info.permissions.slice()),
    hasPermission(p) { return info.permissions.indexOf(StringCtor(p)) >= 0; },
  });

  // ---- the $ globals: stable ones are values, per-event ones read the event being handled ----
  function constant(name, value) {
    defineProperty(globalThis, name, { value: value, writable: false, configurable: false, enumerable: false });
  }
  function perEvent(name, read) {
    defineProperty(globalThis, name, { get: read, configurable: false, enumerable: false });
  }
  constant('$room', $room);
  constant('$kv', $kv);
  constant('$callback', $callback);
  constant('$settings', settings);
  constant('$app', $app);
  constant('$limitcam', $limitcam);
  perEvent('$user', () => userView);
  perEvent('$message', () => messageView);
  perEvent('$tip', () => (event !== null && event.type === 'tip'
    ? freeze({ tokens: event.amount, message: event.note, isAnon: event.anonymous }) : undefined));
  perEvent('$fanclub', () => (event !== null && event.type === 'fanclub.join'
    ? freeze({ user: userView, months: event.months }) : undefined));
  perEvent('$media', () => (event !== null && event.type === 'media.purchase'
    ? freeze({ type: event.mediaType, name: event.mediaName, tokens: event.price }) : undefined));

  // ---- dispatch ----
  function call(key) {
    const fn = handlers[key];
    if (fn !== undefined) fn();
  }

  function finishPanel() {
    // a reload asked for in this invocation runs the panel handler once, after the handler that asked
    if (panelWanted) {
      panelWanted = false;
      call('broadcastPanelUpdate');
    }
  }

  function runChat() {
    const m = messageOf(event.body);
    messageView = m.view;
    transforming = true;
    try {
      call('chatMessageTransform');
    } finally {
      transforming = false;
    }
    if (m.state.spam) {
      check(host.reject('spam'));
    } else {
      if (m.state.body !== event.body) check(host.modify(m.state.body));
      if (m.state.color !== null || m.state.bgColor !== null || m.state.font !== null) {
        host.restyle(m.state.bgColor, m.state.color, m.state.font);
      }
    }
    call('chatMessage');
  }

  function begin(e) {
    event = e;
    userView = userOf(e.user);
    messageView = undefined;
    callbackLabel = undefined;
    panelWanted = false;
  }

  function end() {
    event = null;
    userView = undefined;
    messageView = undefined;
    callbackLabel = undefined;
  }

  // handler key -> message type ('' for the panel handler, which runs on $room.reloadPanel), and back
  const byType = parse(eventTypes);
  const handlerOf = {};
  const keys = keysOf(byType);
  for (let i = 0; i < keys.length; i++) if (byType[keys[i]] !== '') handlerOf[byType[keys[i]]] = keys[i];

  return freeze({
    // A handler file, as a function whose body is the file.
    handler(key, fn) {
      if (!loading) throw new ErrorCtor('handlers are fixed once the app has loaded');
      if (!(key in byType)) {
        throw new TypeErrorCtor("unknown cb/2 handler '" + key + "'; known: " + apply(join, keysOf(byType), [', ']));
      }
      if (typeof fn !== 'function') throw new TypeErrorCtor("the '" + key + "' handler file did not compile to a body");
      handlers[key] = fn;
      const type = byType[key];
      if (type !== '') check(host.subscribe('on', type));
    },
    loaded() { loading = false; },
    run(key, e) {
      begin(e);
      try {
        switch (e.type) {
          case 'chat.message': runChat(); break;
          case 'extension.start':
            if (e.extensionId !== info.id) return;
            call('appStart');
            panelWanted = handlers.broadcastPanelUpdate !== undefined;
            break;
          case 'room.status': roomStatus = StringCtor(e.status); call('roomStatusChange'); break;
          case 'room.subject': subject = StringCtor(e.subject); break;
          case 'settings.change': if (e.extensionId === info.id) call('settingsChange'); break;
          default: call(handlerOf[e.type]);
        }
        finishPanel();
      } finally {
        end();
      }
    },
    fire(label, e, once) {
      begin(e);
      callbackLabel = label;
      try {
        call('callback');
        finishPanel();
      } finally {
        end();
      }
    },
    hasMigrate() { return false; },
    migrate(fromVersion) {},
    reset() {},
  });
})
