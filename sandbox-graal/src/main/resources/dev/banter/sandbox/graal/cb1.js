// The cb/1 dialect: the Chaturbate Apps API v1 (`cb`, `cbjs`) as a thin adapter over the same host bridge as
// banter/1, evaluated after harden.js in every cb/1 context. It is one function expression: the sandbox calls it
// with the host bridge, the instance's settings (JSON), the allocation budget, the room slug, the minimum timer
// interval and the notice size limit, and gets back the functions it drives (loaded, run, fire, reset...).
//
// Unlike banter/1, `cb` is an ordinary writable object: apps wrap its functions and add members. This file keeps
// its own references to everything it needs, so an app that rewrites `cb` or builtins only breaks itself, and
// every call through `host` is checked again in Java (permissions, quotas, sizes).
(function (host, settingsJson, maxBytes, shared, roomSlug, minTimerMs, maxNotice) {
  'use strict';
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const apply = Reflect.apply;
  const keysOf = Object.keys;
  const isArray = Array.isArray;
  const StringCtor = String;
  const NumberCtor = Number;
  const TypeErrorCtor = TypeError;
  const ErrorCtor = Error;
  const MapCtor = Map;
  const SetCtor = Set;
  const mapGet = Map.prototype.get;
  const mapSet = Map.prototype.set;
  const mapDelete = Map.prototype.delete;
  const mapHas = Map.prototype.has;
  const setAdd = Set.prototype.add;
  const setHas = Set.prototype.has;
  const arrayPush = Array.prototype.push;
  const arrayJoin = Array.prototype.join;
  const arraySplice = Array.prototype.splice;
  const arrayIndexOf = Array.prototype.indexOf;
  const arraySlice = Array.prototype.slice;
  const substring = String.prototype.substring;
  const regexTest = RegExp.prototype.test;
  const defineProperty = Object.defineProperty;

  // Notices and log lines are cut at 48 KiB (in UTF-16 units), as the v1 documentation says, or at the
  // instance's notice limit if that is smaller.
  const CUT = 49152;
  const NOTICE_CUT = maxNotice < CUT ? maxNotice : CUT;
  const COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
  const DEFAULT_TEXT_COLOR = '#494949';
  const DEFAULT_FONT = 'default';

  // to_group colours of cb.sendNotice -> the host's audiences
  const GROUPS = new MapCtor([
    ['red', 'moderators'], ['green', 'fans'], ['darkblue', 'tipped'], ['lightpurple', 'tipped-a-lot'],
    ['darkpurple', 'tipped-tons'], ['lightblue', 'has-tokens']]);

  // cb.onX -> the message type it listens to (null: no message type; called by the dialect itself)
  const HOOKS = new MapCtor([
    ['onMessage', 'chat.message'], ['onTip', 'tip'], ['onEnter', 'user.enter'], ['onLeave', 'user.leave'],
    ['onFollow', 'user.follow'], ['onUnFollow', 'user.unfollow'], ['onFanclubJoin', 'fanclub.join'],
    ['onMediaPurchase', 'media.purchase'], ['onBroadcastStart', 'broadcast.start'],
    ['onBroadcastStop', 'broadcast.stop'], ['tipOptions', 'tip.menu.open'], ['onStart', null],
    ['onDrawPanel', null]]);

  const fail = shared.fail;

  function cut(value, max) {
    const s = typeof value === 'string' ? value : StringCtor(value);
    return s.length > max ? apply(substring, s, [0, max]) : s;
  }

  function nonEmpty(value) {
    if (value === undefined || value === null) return null;
    const s = StringCtor(value);
    return s === '' ? null : s;
  }

  const warned = new SetCtor();
  function warnOnce(key, line) {
    if (apply(setHas, warned, [key])) return;
    apply(setAdd, warned, [key]);
    host.log('warn', line);
  }

  function color(value, what) {
    const s = nonEmpty(value);
    if (s === null) return null;
    if (apply(regexTest, COLOR, [s])) return s;
    warnOnce('color:' + what, 'cb: ' + what + " '" + cut(s, 40) + "' is not #rgb or #rrggbb; the default is used");
    return null;
  }

  function weightOf(value) {
    const s = nonEmpty(value);
    if (s === null || s === 'normal' || s === 'bold' || s === 'bolder') return s;
    warnOnce('weight', "cb.sendNotice: weight '" + cut(s, 40) + "' is not normal, bold or bolder; normal is used");
    return null;
  }

  // ---- effects: what an app asks of the host outside a handler (at top level) waits for the start ----
  let loading = true;
  let started = false;
  let inCall = false;
  const deferred = [];

  function effect(fn) {
    if (inCall) fn();
    else apply(arrayPush, deferred, [fn]);
  }

  function contained(what, fn) {
    try {
      fn();
    } catch (e) {
      host.log('error', 'cb: ' + what + ' failed: ' + cut(e && e.message !== undefined ? e.message : e, 500));
    }
  }

  // ---- users, messages and tips as v1 apps see them ----
  function genderOf(u) {
    const g = u.gender;
    return g === 't' ? 's' : g;
  }

  function userObject(u) {
    const tier = u.tipper;
    return {
      user: u.name,
      in_fanclub: u.fan,
      has_tokens: u.hasTokens,
      is_mod: u.moderator,
      tipped_recently: tier !== 'none',
      tipped_alot_recently: tier === 'tipped-a-lot' || tier === 'tipped-tons',
      tipped_tons_recently: tier === 'tipped-tons',
      gender: genderOf(u),
    };
  }

  function ownerObject() {
    return {
      user: roomSlug, in_fanclub: false, has_tokens: true, is_mod: false, tipped_recently: false,
      tipped_alot_recently: false, tipped_tons_recently: false, gender: '',
    };
  }

  function messageObject(ev) {
    const m = userObject(ev.user);
    m.c = ev.color === '' ? DEFAULT_TEXT_COLOR : ev.color;
    m.m = ev.body;
    m.f = ev.font === '' ? DEFAULT_FONT : ev.font;
    if (ev.background !== '') m.background = ev.background;
    return m;
  }

  function tipObject(ev) {
    const u = ev.user;
    const from = userObject(u);
    return {
      amount: ev.amount,
      message: ev.note,
      to_user: roomSlug,
      from_user: u.name,
      from_user_in_fanclub: from.in_fanclub,
      from_user_has_tokens: from.has_tokens,
      from_user_is_mod: from.is_mod,
      from_user_tipped_recently: from.tipped_recently,
      from_user_tipped_alot_recently: from.tipped_alot_recently,
      from_user_tipped_tons_recently: from.tipped_tons_recently,
      from_user_gender: from.gender,
      is_anon_tip: ev.anonymous,
    };
  }

  function mediaObject(ev) {
    const o = userObject(ev.user);
    o.media_type = ev.mediaType;
    o.media_name = ev.mediaName;
    o.price = ev.price;
    return o;
  }

  // ---- presence, for cb.getRoomUsersData: the users this instance has seen, by their colour group ----
  const seen = new MapCtor();

  function groupOf(u) {
    if (u.moderator) return 'red';
    if (u.fan) return 'green';
    if (u.tipper === 'tipped-tons') return 'darkpurple';
    if (u.tipper === 'tipped-a-lot') return 'lightpurple';
    if (u.tipper === 'tipped') return 'darkblue';
    if (u.hasTokens) return 'lightblue';
    return 'grey';
  }

  function saw(type, u) {
    if (u === undefined || u === null || u.name === '_system' || u.name === roomSlug) return;
    if (type === 'user.leave') apply(mapDelete, seen, [u.name]);
    else if (seen.size < 10000 || apply(mapHas, seen, [u.name])) apply(mapSet, seen, [u.name, groupOf(u)]);
  }

  function usersData() {
    const data = { red: [], green: [], darkpurple: [], lightpurple: [], darkblue: [], lightblue: [], grey: [] };
    seen.forEach((group, name) => apply(arrayPush, data[group], [name]));
    return { success: true, data };
  }

  // ---- registration ----
  const hooks = new MapCtor();
  const subscribed = new SetCtor();

  function subscribe(type) {
    if (apply(setHas, subscribed, [type])) return;
    fail(host.subscribe('on', type));
    apply(setAdd, subscribed, [type]);
  }

  function hook(name) {
    const type = apply(mapGet, HOOKS, [name]);
    return function (fn) {
      if (typeof fn !== 'function') throw new TypeErrorCtor('cb.' + name + '(func): func must be a function, was ' + typeof fn);
      apply(mapSet, hooks, [name, fn]);
      if (type === null) return;
      if (loading) subscribe(type);
      else if (!apply(setHas, subscribed, [type])) {
        warnOnce('late:' + name, 'cb.' + name + ' was first called after the app started; its events do not reach it');
      }
    };
  }

  // ---- settings: the installed values, and defaults from settings_choices for the ones not given ----
  const settings = parse(settingsJson);
  let currentSettings = settings;
  let filledFrom;
  let filledLength = 0;

  function fillDefaults() {
    const choices = cb.settings_choices;
    if (currentSettings !== settings || !isArray(choices)) return;
    if (choices === filledFrom && choices.length === filledLength) return;
    filledFrom = choices;
    filledLength = choices.length;
    for (let i = 0; i < choices.length; i++) {
      const c = choices[i];
      if (c === null || typeof c !== 'object' || typeof c.name !== 'string') continue;
      if (settings[c.name] !== undefined) continue;
      if (c.defaultValue !== undefined) settings[c.name] = c.defaultValue;
      else if (c.type === 'choice' && c.choice1 !== undefined) settings[c.name] = c.choice1;
      else if (c.type === 'str') settings[c.name] = '';
    }
  }

  // ---- timers ----
  const timerFns = new MapCtor();
  let timerSeq = 0;

  function schedule(fn, ms, repeat, what) {
    if (typeof fn !== 'function') throw new TypeErrorCtor(what + '(func, msecs): func must be a function, was ' + typeof fn);
    let delay = NumberCtor(ms);
    if (!(delay >= minTimerMs)) {
      warnOnce('timer-min', what + ': ' + StringCtor(ms) + ' ms is below the minimum of ' + minTimerMs + ' ms; ' + minTimerMs + ' ms is used');
      delay = minTimerMs;
    }
    const id = ++timerSeq;
    const label = 'cb.timeout.' + id;
    apply(mapSet, timerFns, [label, fn]);
    effect(() => fail(host.timer(label, delay, repeat ? delay : 0)));
    return id;
  }

  function cancel(id) {
    const label = 'cb.timeout.' + NumberCtor(id);
    if (!apply(mapDelete, timerFns, [label])) return;
    effect(() => host.cancelTimer(label));
  }

  // ---- the panel, tip options and limitCam: actions the host renders ----
  function drawPanel() {
    const fn = apply(mapGet, hooks, ['onDrawPanel']);
    if (fn === undefined) return;
    effect(() => {
      const panel = fn(ownerObject());
      if (panel === null || typeof panel !== 'object') return;
      const names = keysOf(panel);
      const fields = {};
      for (let i = 0; i < names.length; i++) {
        const v = panel[names[i]];
        fields[names[i]] = v !== null && typeof v === 'object' ? stringify(v) : StringCtor(v);
      }
      fail(host.action('panel', stringify(fields)));
    });
  }

  function sendTipOptions(user) {
    const fn = apply(mapGet, hooks, ['tipOptions']);
    if (fn === undefined) return;
    const answer = fn(user);
    if (answer === null || typeof answer !== 'object') return;
    const options = [];
    const given = isArray(answer.options) ? answer.options : [];
    for (let i = 0; i < given.length; i++) {
      const o = given[i];
      apply(arrayPush, options, [o !== null && typeof o === 'object' ? StringCtor(o.label) : StringCtor(o)]);
    }
    const label = answer.label === undefined ? '' : StringCtor(answer.label);
    fail(host.action('tip-options', stringify({ label: label, options: options })));
  }

  let camRunning = false;
  let camUsers = [];

  function names(users) {
    if (users === undefined || users === null) return [];
    return isArray(users) ? apply(arraySlice, users, []) : [StringCtor(users)];
  }

  // the same host action as cb/2's $limitcam: one `limitcam` custom action per call, with the users it names
  function camAction(op, message, users) {
    const list = apply(arrayJoin, users, [',']);
    effect(() => fail(host.action('limitcam', stringify({ op: op, message: message, users: list }))));
  }

  function notice(msg, toUser, background, foreground, weight, toGroup) {
    const body = cut(msg === undefined || msg === null ? '' : msg, NOTICE_CUT);
    if (body === '') return;
    const to = nonEmpty(toUser);
    const groupColor = nonEmpty(toGroup);
    let group = null;
    if (groupColor !== null) {
      group = apply(mapGet, GROUPS, [groupColor]);
      if (group === undefined) {
        warnOnce('group:' + groupColor, "cb.sendNotice: unknown to_group '" + cut(groupColor, 40) + "'; the notice was not sent");
        return;
      }
    }
    const bg = color(background, 'background');
    const fg = color(foreground, 'foreground');
    const w = weightOf(weight);
    effect(() => fail(host.notice(body, to, group, bg, fg, w)));
  }

  // ---- cb and cbjs ----
  const cb = {
    room_slug: roomSlug,
    settings_choices: [],
    sendNotice: notice,
    chatNotice: notice,
    log(message) { host.log('info', cut(message, CUT)); },
    setTimeout(func, msecs) { return schedule(func, msecs, false, 'cb.setTimeout'); },
    cancelTimeout(id) { cancel(id); },
    changeRoomSubject(subject) {
      const s = StringCtor(subject);
      effect(() => fail(host.subject(s)));
    },
    drawPanel,
    getRoomOwnerData(func) {
      if (typeof func === 'function') func({ success: true, data: ownerObject() });
    },
    getRoomUsersData(func) {
      if (typeof func === 'function') func(usersData());
    },
    limitCam_start(message, allowedUsers) {
      camRunning = true;
      camUsers = names(allowedUsers);
      camAction('start', message === undefined ? '' : cut(message, 4096), camUsers);
    },
    limitCam_stop() {
      camRunning = false;
      camAction('stop', '', []);
    },
    limitCam_addUsers(users) {
      const add = names(users);
      for (let i = 0; i < add.length; i++) {
        if (apply(arrayIndexOf, camUsers, [add[i]]) < 0) apply(arrayPush, camUsers, [add[i]]);
      }
      camAction('add', '', add);
    },
    limitCam_removeUsers(users) {
      const remove = names(users);
      camUsers = camUsers.filter((u) => apply(arrayIndexOf, remove, [u]) < 0);
      camAction('remove', '', remove);
    },
    limitCam_removeAllUsers() {
      camUsers = [];
      camAction('remove-all', '', []);
    },
    limitCam_userHasAccess(user) { return apply(arrayIndexOf, camUsers, [user]) >= 0; },
    limitCam_allUsersWithAccess() { return apply(arraySlice, camUsers, []); },
    limitCam_isRunning() { return camRunning; },
  };
  HOOKS.forEach((type, name) => { cb[name] = hook(name); });
  defineProperty(cb, 'settings', {
    get() { fillDefaults(); return currentSettings; },
    set(value) { currentSettings = value; },
    enumerable: true,
    configurable: true,
  });

  const cbjs = {
    arrayContains(array, object) { return isArray(array) && apply(arrayIndexOf, array, [object]) >= 0; },
    arrayRemove(array, object) {
      if (!isArray(array)) return array;
      for (let i = apply(arrayIndexOf, array, [object]); i >= 0; i = apply(arrayIndexOf, array, [object])) {
        apply(arraySplice, array, [i, 1]);
      }
      return array;
    },
    arrayJoin(array, separator) { return isArray(array) ? apply(arrayJoin, array, [separator === undefined ? ',' : separator]) : ''; },
  };

  // Ordinary, writable globals, as v1 apps expect (some assign to them or test for them)
  globalThis.cb = cb;
  globalThis.cbjs = cbjs;
  globalThis.setTimeout = function (func, msecs, ...args) {
    if (typeof func !== 'function') throw new TypeErrorCtor('setTimeout(func, msecs): func must be a function');
    return schedule(args.length === 0 ? func : () => apply(func, undefined, args), msecs, false, 'setTimeout');
  };
  globalThis.clearTimeout = cancel;
  globalThis.setInterval = function (func, msecs, ...args) {
    if (typeof func !== 'function') throw new TypeErrorCtor('setInterval(func, msecs): func must be a function');
    return schedule(args.length === 0 ? func : () => apply(func, undefined, args), msecs, true, 'setInterval');
  };
  globalThis.clearInterval = cancel;

  // ---- the start: top-level effects, cb.onStart, the first panel and tip options ----
  function start() {
    if (started) return;
    started = true;
    for (let i = 0; i < deferred.length; i++) contained('a call made while loading', deferred[i]);
    deferred.length = 0;
    const onStart = apply(mapGet, hooks, ['onStart']);
    if (onStart !== undefined) contained('cb.onStart', () => onStart(ownerObject()));
    contained('cb.onDrawPanel', drawPanel);
    contained('cb.tipOptions', () => sendTipOptions(ownerObject()));
  }

  function onMessage(fn, ev) {
    const msg = messageObject(ev);
    const out = fn(msg);
    if (out === undefined || out === null || typeof out !== 'object') {
      warnOnce('no-return', 'cb.onMessage: the handler returned ' + (out === null ? 'null' : typeof out)
        + ' instead of the message; messages are delivered unchanged');
      return;
    }
    if (out['X-Spam']) {
      fail(host.reject('X-Spam'));
      return;
    }
    const body = out.m === undefined || out.m === null ? ev.body : StringCtor(out.m);
    if (body !== ev.body) fail(host.modify(body));
    const bg = nonEmpty(out.background);
    const c = nonEmpty(out.c);
    const f = nonEmpty(out.f);
    const changed = (bg !== null && bg !== ev.background)
      || (c !== null && c !== (ev.color === '' ? DEFAULT_TEXT_COLOR : ev.color))
      || (f !== null && f !== (ev.font === '' ? DEFAULT_FONT : ev.font));
    if (changed) {
      host.restyle(bg, c, f);
    }
  }

  function dispatch(type, ev) {
    switch (type) {
      case 'chat.message': { const fn = apply(mapGet, hooks, ['onMessage']); if (fn !== undefined) onMessage(fn, ev); return; }
      case 'tip': { const fn = apply(mapGet, hooks, ['onTip']); if (fn !== undefined) fn(tipObject(ev)); return; }
      case 'media.purchase': { const fn = apply(mapGet, hooks, ['onMediaPurchase']); if (fn !== undefined) fn(mediaObject(ev)); return; }
      case 'tip.menu.open': sendTipOptions(userObject(ev.user)); return;
      case 'extension.start': return;
      default: {
        HOOKS.forEach((t, name) => {
          if (t === type) {
            const fn = apply(mapGet, hooks, [name]);
            if (fn !== undefined) fn(userObject(ev.user));
          }
        });
      }
    }
  }

  return {
    // Called once, after the app's top-level code ran, while subscriptions may still be made.
    loaded() {
      subscribe('extension.start');
      let declared = '{}';
      try {
        const choices = cb.settings_choices;
        declared = stringify({ settings_choices: isArray(choices) ? choices : [] });
      } catch (e) {
        warnOnce('settings_choices', 'cb.settings_choices could not be read: ' + cut(e && e.message, 200));
      }
      if (typeof declared === 'string') host.declare(declared);
      loading = false;
    },
    run(key, ev) {
      const type = apply(substring, key, [3]);
      inCall = true;
      try {
        start();
        saw(type, ev.user);
        dispatch(type, ev);
      } finally {
        inCall = false;
      }
    },
    fire(label, ev, once) {
      inCall = true;
      try {
        start();
        const fn = apply(mapGet, timerFns, [label]);
        if (fn === undefined) return;
        if (once) apply(mapDelete, timerFns, [label]);
        fn();
      } finally {
        inCall = false;
      }
    },
    hasMigrate() { return false; },
    migrate() {},
    reset() {},
  };
})
