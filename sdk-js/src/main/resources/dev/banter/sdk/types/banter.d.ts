// Banter SDK: declarations of the `banter/1` dialect, the native JavaScript API of Banter extensions.
// They describe what sandbox-graal implements (banter1.js and the host objects it hands to handlers); where the
// two ever disagree, the implementation is right and this file has a bug.
//
// Use from a plain .js extension: a jsconfig.json with "checkJs": true that includes this file, for example
//   { "compilerOptions": { "checkJs": true, "noEmit": true, "target": "es2022", "lib": ["es2022"] },
//     "files": ["node_modules/@banter/sdk/types/banter.d.ts", "main.js"] }
//
// Declarations version: 1.0.0, for the dialect `banter/1`.

/// <reference path="common.d.ts" />

/**
 * The types of the `banter/1` dialect. Nothing here exists at run time: these are the shapes of the values the
 * global {@link banter} and the handlers receive.
 */
declare namespace Banter {
  // ------------------------------------------------------------------ users and events

  /** How much a user tipped lately, as the host ranks it. */
  type TipperTier = 'none' | 'tipped' | 'tipped-a-lot' | 'tipped-tons';

  /** A user's gender as the host reports it: male, female, trans, couple, unknown. */
  type Gender = 'm' | 'f' | 't' | 'c' | 'u';

  /**
   * The sender of an event, an immutable host object. Assigning to a field does nothing (or throws in strict
   * code) and never changes what the host or another extension sees.
   *
   * @example
   * banter.on('chat.message', (m, ctx) => {
   *   if (m.user.owner || m.user.moderator) return; // staff are exempt
   * });
   */
  interface User {
    /** The user name: 1..64 characters of `A-Z a-z 0-9 _ . -`. Events the host itself sends come from `_system`. */
    readonly name: string;
    /** Whether the user owns the room (the broadcaster). */
    readonly owner: boolean;
    /** Whether the user is a moderator of the room. */
    readonly moderator: boolean;
    /** Whether the user is in the room's fan club. */
    readonly fan: boolean;
    /** Whether the user has tokens to tip with. */
    readonly hasTokens: boolean;
    /** How much the user tipped recently. */
    readonly tipper: TipperTier;
    /** The user's gender, `u` when unknown. */
    readonly gender: Gender;
    /** The user name, so that `'hi ' + m.user` reads naturally. */
    toString(): string;
  }

  /**
   * What every event carries. Events are immutable host objects: read their fields, copy what you keep.
   *
   * @example
   * banter.on('user.enter', (e, ctx) => ctx.log('entered', e.user.name, 'at', new Date(e.ts).toISOString()));
   */
  interface Event {
    /** The message type name, such as `chat.message` or `tip`. */
    readonly type: string;
    /** The message id the host gave it (unique within the room). */
    readonly id: string;
    /** The room id: 1..64 characters of `A-Z a-z 0-9 _ . -`; by convention the owner's name. */
    readonly room: string;
    /** When it happened, in milliseconds since the epoch, as the host stamped it; {@link Context.now} is the engine clock. */
    readonly ts: number;
    /** Who sent it; `_system` for events from the host. */
    readonly user: User;
  }

  /** `chat.message`: a line of chat in the room. Intercepted: handlers may {@link Context.reject} or {@link Context.modify} it. */
  interface ChatMessageEvent extends Event {
    readonly type: 'chat.message';
    /** The text, 1..4,096 characters as the host sent it (already changed by handlers before this one). */
    readonly body: string;
    /** Always null for room chat. */
    readonly to: null;
    /** The background colour an earlier handler gave the line, or `''` for the platform's default. */
    readonly background: string;
    /** The text colour an earlier handler gave the line, or `''` for the default. */
    readonly color: string;
    /** The font an earlier handler gave the line, or `''` for the default. */
    readonly font: string;
  }

  /** `chat.private`: a private message between a user and the room owner. Intercepted, like chat. */
  interface PrivateMessageEvent extends Event {
    readonly type: 'chat.private';
    /** The text, 1..4,096 characters. */
    readonly body: string;
    /** The recipient's user name, 1..64 characters. */
    readonly to: string;
  }

  /**
   * A chat message that is a command, as {@link Api.command} handlers receive it: `!Roll 2d6` arrives as name
   * `roll`, args `['2d6']`. Other chat never enters JavaScript for a command-only extension.
   */
  interface CommandEvent extends Event {
    /** `chat.message`: commands are chat lines the router recognised. */
    readonly type: 'chat.message';
    /** The whole chat line, prefix included. */
    readonly body: string;
    /** Always null. */
    readonly to: null;
    /** The command name, lower case and without its prefix: 1..32 characters of `a-z 0-9 _ -`. */
    readonly name: string;
    /** The arguments split on white space (an empty array when there are none). Read-only. */
    readonly args: readonly string[];
    /** Everything after the name, trimmed (`''` when there is nothing). */
    readonly argText: string;
  }

  /** `tip`: a user tipped the room. Observed (cannot be rejected); tips are never dropped under load. */
  interface TipEvent extends Event {
    readonly type: 'tip';
    /** Tokens tipped, 1..1,000,000. */
    readonly amount: number;
    /** The tipper's note, 0..512 characters (`''` when none). */
    readonly note: string;
    /** Whether the tipper asked to stay anonymous; `user` is still the tipper, so do not name them in public. */
    readonly anonymous: boolean;
  }

  /**
   * `timer`: a timer of this extension fired. Handlers get it through the callback given to
   * {@link Timers.after}/{@link Timers.every}, else through the {@link Api.timer} handler of its label.
   *
   * Timers run at a fixed rate with bounded drift: firing n is due at the first due time plus (n-1) intervals.
   *
   * @example
   * banter.timer('menu', (t, ctx) => {
   *   if (t.late) return; // fired after a restart or a stall: skip the stale announcement
   *   ctx.room.notice('Tip menu: 10 flash, 50 dance');
   * });
   */
  interface TimerEvent extends Event {
    readonly type: 'timer';
    /** The label the timer was scheduled with, 1..64 characters. */
    readonly label: string;
    /** How many times this timer has fired, counting this one (1 for the first firing). */
    readonly firing: number;
    /** How many periods were skipped just before this firing because it could not run in time (0 normally). */
    readonly skipped: number;
    /** Whether this firing is late: it became due while it could not run, as across a restart or a stall. */
    readonly late: boolean;
  }

  /** `fanclub.join`: a user joined the fan club. */
  interface FanclubJoinEvent extends Event {
    readonly type: 'fanclub.join';
    /** Months joined for, 1..1,200; 0 when the host did not say. */
    readonly months: number;
  }

  /** `media.purchase`: a user bought photos or a video. */
  interface MediaPurchaseEvent extends Event {
    readonly type: 'media.purchase';
    /** What was bought. */
    readonly mediaType: 'photos' | 'video';
    /** The name of the set, 1..256 characters. */
    readonly mediaName: string;
    /** The price in tokens, 0..1,000,000. */
    readonly price: number;
  }

  /** `room.subject`: the room's subject changed (by anyone, this extension included). */
  interface RoomSubjectEvent extends Event {
    readonly type: 'room.subject';
    /** The new subject, 0..512 characters. */
    readonly subject: string;
  }

  /** `room.status`: the room's status changed. */
  interface RoomStatusEvent extends Event {
    readonly type: 'room.status';
    readonly status: 'public' | 'private' | 'group' | 'away' | 'hidden' | 'offline';
  }

  /** `room.stats`: the host's periodic room statistics; may be coalesced under load (only the newest is kept). */
  interface RoomStatsEvent extends Event {
    readonly type: 'room.stats';
    /** Viewers now, 0..100,000,000. */
    readonly viewers: number;
    /** Followers, 0 when the host did not say. */
    readonly followers: number;
    /** Tokens received today, 0 when the host did not say. */
    readonly tokensToday: number;
  }

  /** `moderation.action`: a moderator or an extension moderated a user. */
  interface ModerationActionEvent extends Event {
    readonly type: 'moderation.action';
    readonly action: 'warn' | 'mute' | 'unmute' | 'kick' | 'ban' | 'unban';
    /** The user moderated, 1..64 characters. */
    readonly target: string;
    /** Why, 0..256 characters (`''` when none). */
    readonly reason: string;
    /** How long (mute), 0..604,800 seconds; 0 when it does not apply. */
    readonly durationSeconds: number;
  }

  /** `extension.start`: an extension started in the room (after each install, enable and restore). */
  interface ExtensionStartEvent extends Event {
    readonly type: 'extension.start';
    /** Which extension started; every subscriber hears every start, so compare it with your own id. */
    readonly extensionId: string;
    /** Its version. */
    readonly version: string;
  }

  /** `extension.stop`: an extension instance stopped in the room. */
  interface ExtensionStopEvent extends Event {
    readonly type: 'extension.stop';
    readonly extensionId: string;
    readonly reason: 'uninstalled' | 'upgraded' | 'quarantined' | 'room-closed' | 'failed';
  }

  /** `settings.change`: an extension's settings changed; {@link Context.settings} already holds the new values. */
  interface SettingsChangeEvent extends Event {
    readonly type: 'settings.change';
    /** Whose settings changed. */
    readonly extensionId: string;
    /** The names of the settings that changed. Read-only. */
    readonly changed: readonly string[];
  }

  /** `command`: a command given outside chat, such as a button in the broadcaster's panel. Intercepted. */
  interface CommandInvokedEvent extends Event {
    readonly type: 'command';
    /** The command name, 1..32 characters. */
    readonly name: string;
    /** Its arguments. Read-only. */
    readonly args: readonly string[];
  }

  /** An event of a type the host registered itself: the common fields plus its payload's fields, read-only. */
  interface GenericEvent extends Event {
    readonly [field: string]: unknown;
  }

  /**
   * The built-in message types and the event each handler receives. Types marked intercepted (`chat.message`,
   * `chat.private`, `command`) run before delivery and may be rejected or modified; all others are observed.
   */
  interface EventMap {
    'chat.message': ChatMessageEvent;
    'chat.private': PrivateMessageEvent;
    tip: TipEvent;
    'user.enter': Event;
    'user.leave': Event;
    'user.follow': Event;
    'user.unfollow': Event;
    'fanclub.join': FanclubJoinEvent;
    'media.purchase': MediaPurchaseEvent;
    'broadcast.start': Event;
    'broadcast.stop': Event;
    'room.subject': RoomSubjectEvent;
    'room.status': RoomStatusEvent;
    'room.stats': RoomStatsEvent;
    'moderation.action': ModerationActionEvent;
    'tip.menu.open': Event;
    'extension.start': ExtensionStartEvent;
    'extension.stop': ExtensionStopEvent;
    'settings.change': SettingsChangeEvent;
    timer: TimerEvent;
    command: CommandInvokedEvent;
  }

  /** A built-in message type name. */
  type EventType = keyof EventMap;

  // ------------------------------------------------------------------ the handler context

  /** Who receives a notice when it is not sent to one user. */
  type NoticeGroup =
    | 'owner'
    | 'moderators'
    | 'fans'
    | 'tippers'
    | 'has-tokens'
    | 'tipped'
    | 'tipped-a-lot'
    | 'tipped-tons';

  /** Options of {@link Room.notice}. Every field is optional; `to` wins over `group`. */
  interface NoticeOptions {
    /** Send only to this user (a user name). */
    to?: string | null;
    /** Send only to this group of users. An unknown group throws a TypeError. */
    group?: NoticeGroup | null;
    /** Background colour, `#rgb` or `#rrggbb`; anything else throws a TypeError. */
    background?: string | null;
    /** Text colour, `#rgb` or `#rrggbb`; anything else throws a TypeError. */
    color?: string | null;
    /** Font weight; anything else throws a TypeError. */
    weight?: 'normal' | 'bold' | 'bolder' | null;
  }

  /** The room the handler runs in. */
  interface Room {
    /**
     * Sends a notice to the room, one user or one group. Needs the `notice` permission.
     *
     * Limits: `notice-size` (default 49,152 characters) and `notice-rate` (default 120 notices per minute per
     * instance). Over either, the notice is not sent, the call answers false, a limit violation is reported to the
     * host, and the handler goes on.
     *
     * @param text the notice, 1 character or more (a non-string is converted with `String`; null throws)
     * @returns true when the notice was queued, false when a quota refused it
     * @throws Error without the `notice` permission, or when called outside a handler (at top level)
     * @example
     * ctx.room.notice('Welcome ' + e.user.name + '!', { to: e.user.name, color: '#0a0', weight: 'bold' });
     * ctx.room.notice('Raffle in 5 minutes', { group: 'fans' });
     */
    notice(text: string, options?: NoticeOptions): boolean;
    /**
     * Sets the room's subject (title). Needs the `subject` permission.
     *
     * @param subject 1..512 characters; an empty or longer subject throws a TypeError
     * @throws Error without the `subject` permission, or when called outside a handler
     * @example
     * ctx.room.setSubject('Goal: ' + total + '/' + ctx.settings.goal + ' tokens');
     */
    setSubject(subject: string): void;
  }

  /** A user name, or a user object (its `name` is used). */
  type UserRef = string | { readonly name: string };

  /**
   * Moderation actions; each needs its own permission (`moderation.mute`, `moderation.ban`, `moderation.kick`,
   * `moderation.warn`). They take effect when the host's action sink applies them, after the handler returned,
   * and are discarded if the handler throws or breaks a hard limit. Reasons are cut at 200 characters.
   */
  interface Moderation {
    /**
     * Mutes a user for a while.
     *
     * @param user who (not necessarily the sender)
     * @param seconds how long, 1..604,800 (7 days); default 60; outside that range throws a TypeError
     * @param reason why, shown to moderators; default `''`
     * @throws Error without `moderation.mute`, or outside a handler
     * @example
     * ctx.moderation.mute(m.user, 300, 'links are not allowed');
     */
    mute(user: UserRef, seconds?: number, reason?: string): void;
    /**
     * Bans a user from the room.
     *
     * @throws Error without `moderation.ban`, or outside a handler
     * @example
     * ctx.moderation.ban(m.user.name, 'scam');
     */
    ban(user: UserRef, reason?: string): void;
    /**
     * Removes a user from the room (they may come back).
     *
     * @throws Error without `moderation.kick`, or outside a handler
     */
    kick(user: UserRef, reason?: string): void;
    /**
     * Warns a user.
     *
     * @throws Error without `moderation.warn`, or outside a handler
     * @example
     * ctx.moderation.warn(m.user, 'please keep it friendly');
     */
    warn(user: UserRef, reason?: string): void;
  }

  /** A value kv can store: anything `JSON.stringify` turns into JSON. */
  type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

  /**
   * The extension's key-value state in this room, kept by the host's state store: it survives restarts,
   * upgrades, rollbacks and uninstalls. Needs the `kv` permission, for reads too. The writes of one handler call
   * are saved in one atomic step when the handler returns normally; if it throws or breaks a hard limit they are
   * discarded.
   *
   * Limits: `kv-key` (default 256 characters per key), `kv-value` (default 1,048,576 characters of JSON per value),
   * `kv-total` (default 8,388,608 characters of keys and values per instance). A write over one throws a RangeError
   * and reports a limit violation.
   *
   * @example
   * const total = ctx.kv.incr('total', tip.amount);
   * const seen = ctx.kv.get('seen:' + e.user.name) || false;
   */
  interface Kv {
    /**
     * The value of a key, or undefined when there is none. Values come back as fresh copies parsed from JSON:
     * changing one changes nothing until you `set` it.
     *
     * @throws TypeError when the key is not a string; Error without the `kv` permission
     */
    get<T = any>(key: string): T | undefined;
    /**
     * Stores a value under a key (replacing what was there). Only inside a handler or the migration hook.
     *
     * @throws TypeError when the value is not JSON-serializable (undefined, a function); RangeError over a kv limit;
     *   Error without the `kv` permission or at top level
     * @example
     * ctx.kv.set('top', [{ name: 'bob', total: 120 }]);
     */
    set(key: string, value: Json | object): void;
    /** Whether the key has a value. */
    has(key: string): boolean;
    /**
     * Adds a number to a key's value (missing counts as 0), stores and returns the result.
     *
     * @param by the step, default 1; may be negative
     * @throws TypeError when `by` is not a number or the stored value is not a number
     * @example
     * const tips = ctx.kv.incr('tips:' + tip.user.name, tip.amount);
     */
    incr(key: string, by?: number): number;
    /**
     * Removes a key.
     *
     * @returns whether it had a value
     */
    delete(key: string): boolean;
    /** Every key this instance has, committed and pending writes of this call included. */
    keys(): string[];
  }

  /** A timer callback: the firing and the handler context. */
  type TimerCallback = (timer: TimerEvent, ctx: Context) => void;

  /**
   * The extension's timers in this room. Needs the `timers` permission; only inside a handler. A label names one
   * timer: scheduling a label again replaces it. Timers are durable: they survive restarts (a firing that became
   * due meanwhile runs once, marked `late`), pause while the broadcast is stopped and resume on its start.
   *
   * Prefer {@link Api.timer} for the callback: an inline callback lives in the context and is lost when an idle
   * instance is parked or the host restarts; a `banter.timer(label, fn)` handler is registered again on load.
   *
   * Limits: `timer-count` (default 32 timers scheduled at once per instance), `timer-interval` (default 1,000 ms at
   * least, for the delay and the repeat). Over either, the call throws a RangeError and a violation is reported.
   *
   * @example
   * ctx.timers.every('menu', 5 * 60_000);                // fires the banter.timer('menu', ...) handler
   * ctx.timers.after('draw', 60_000, (t, ctx) => draw(ctx)); // inline callback
   */
  interface Timers {
    /**
     * Fires once after `ms` milliseconds.
     *
     * @param label 1..64 characters
     * @param ms the delay, at least the `timer-interval` limit
     * @param fn called when it fires; without it the {@link Api.timer} handler of the label runs
     * @throws TypeError for a bad label, ms or fn; RangeError over a timer limit; Error without `timers`
     */
    after(label: string, ms: number, fn?: TimerCallback): void;
    /**
     * Fires every `ms` milliseconds, the first time after `ms`.
     *
     * @param label 1..64 characters
     * @param ms the interval, at least the `timer-interval` limit
     * @param fn called on each firing; without it the {@link Api.timer} handler of the label runs
     */
    every(label: string, ms: number, fn?: TimerCallback): void;
    /**
     * Cancels a timer (also one scheduled before a restart).
     *
     * @returns whether this instance knew the timer; false without the `timers` permission or outside a handler
     */
    cancel(label: string): boolean;
  }

  /**
   * Writes to the extension's log (read by the host, never shown in the room). Arguments are joined by spaces,
   * strings as they are and other values as JSON. Calling the log itself logs at level info.
   *
   * Limit: `log-volume` (default 65,536 characters per minute per instance, shared with `console`).
   *
   * @example
   * ctx.log('goal reached at', total);
   * ctx.log.warn('setting goal is missing; using 100');
   */
  interface Log {
    (...values: unknown[]): void;
    /** Level info. */
    info(...values: unknown[]): void;
    /** Level warn. */
    warn(...values: unknown[]): void;
    /** Level error. */
    error(...values: unknown[]): void;
  }

  /**
   * The handler context: the only door from a handler to the room. One frozen object per instance, passed to
   * every handler; do not keep it past the call (its methods refuse to work outside a handler).
   *
   * What a handler emits (notices, subject, moderation, timers, kv writes) takes effect after it returns normally,
   * in order; a handler that throws or breaks a hard limit (`deadline`, `statements`, `allocation`, `stack`...) has
   * all of it discarded, and the message is delivered unless the platform's policy says otherwise.
   */
  interface Context {
    /**
     * Rejects the message being handled: it is not delivered, and later handlers do not see it. Only intercepted
     * types (`chat.message`, `chat.private`, `command`) can be rejected; for other types the call has no effect.
     *
     * @param reason why, shown in the outcome's trace; cut at 200 characters; default `rejected by <extension id>`
     * @example
     * if (/scamcoin/i.test(m.body)) ctx.reject('scam link');
     */
    reject(reason?: string): void;
    /**
     * Changes the chat message or private message being handled: its body, and for room chat how viewers see it.
     * Later handlers and viewers see the change. Ignored after {@link reject} in the same call. Two calls in one
     * handler combine (a style set after a body change keeps the new body).
     *
     * @param changes at least one of: `body`, the new text, at most 65,536 characters (the message type may allow
     *   less: 4,096 for chat, else the modified message fails its schema and the step fails); `background`, `color`
     *   and `font` (room chat only), a CSS colour or a font name as the host renders them, at most 64 characters
     *   each (longer values are cut); `''` means the platform's default
     * @throws TypeError when `changes` is not an object or has none of these keys, when the message is of another
     *   type, or when a style is set on a private message; RangeError when the body is too long
     * @example
     * ctx.modify({ body: m.body.toLowerCase() });
     * if (m.user.fanclub) ctx.modify({ color: '#009900', font: 'Arial' });
     */
    modify(changes: { body?: string; background?: string; color?: string; font?: string }): void;
    /** The engine clock, milliseconds since the epoch (virtual time in tests); use it instead of `Date.now()`. */
    now(): number;
    /** The room. */
    readonly room: Room;
    /** Moderation actions. */
    readonly moderation: Moderation;
    /** The extension's state in this room. */
    readonly kv: Kv;
    /**
     * The settings the broadcaster chose at install, checked against the manifest's `settings` schema, defaults
     * filled in. Deeply frozen. A settings change starts a fresh instance with the new values (globals start
     * afresh, kv and timers stay) and sends it a `settings.change` event.
     *
     * @example
     * const goal = ctx.settings.goal; // declared in banter.json as {"name":"goal","type":"int","default":100}
     */
    readonly settings: Readonly<Record<string, any>>;
    /** The extension's log. */
    readonly log: Log;
    /** The extension's timers. */
    readonly timers: Timers;
  }

  /** A handler of one event type. Its return value is ignored; decide with {@link Context.reject}/{@link Context.modify}. */
  type Handler<E> = (event: E, ctx: Context) => void;

  /**
   * The global `banter`: registers handlers while the extension's top-level code runs. Registration is fixed once
   * loading ends; calling these from a handler throws an Error. Loading has the `load-deadline` limit (default
   * 500 ms).
   */
  interface Api {
    /** The dialect: `'banter/1'`. */
    readonly version: 'banter/1';
    /**
     * Handles every message of a type. The manifest must list the type under `types`.
     *
     * @param type a registered type name (1..64 characters of `a-z 0-9 . _ -`, starting with a letter); an unknown
     *   type throws a TypeError that lists the known ones
     * @param fn the handler; registering a type again replaces the handler
     * @example
     * banter.on('tip', (tip, ctx) => {
     *   const total = ctx.kv.incr('total', tip.amount);
     *   ctx.room.setSubject('Goal: ' + total + '/' + ctx.settings.goal);
     * });
     */
    on<K extends EventType>(type: K, fn: Handler<EventMap[K]>): void;
    /** Handles every message of a type the host registered itself. */
    on(type: string, fn: Handler<GenericEvent>): void;
    /**
     * Handles a chat command: `!name args...` typed in chat (the router finds it; ordinary chat never reaches this
     * handler). The manifest must list the name under `commands` and `chat.message` under `types`. A command
     * handler may reject or modify the chat line like a `chat.message` handler.
     *
     * @param name 1..32 characters of `a-z 0-9 _ -`, without the `!`
     * @example
     * banter.command('roll', (cmd, ctx) => ctx.room.notice(cmd.user.name + ' rolled ' + (1 + Math.floor(Math.random() * 6))));
     */
    command(name: string, fn: Handler<CommandEvent>): void;
    /**
     * Handles the firings of a timer label that have no inline callback. Needs the `timers` permission. The handler
     * survives parking and restarts, because it is registered again each time the code loads.
     *
     * @param label 1..64 characters
     * @example
     * banter.timer('menu', (t, ctx) => ctx.room.notice('Tip 25 for a song'));
     * banter.on('extension.start', (e, ctx) => ctx.timers.every('menu', 10 * 60_000));
     */
    timer(label: string, fn: Handler<TimerEvent>): void;
    /**
     * Registers the migration hook, run once by the lifecycle when a room upgrades to this version, on the room's
     * lane, before the new handlers get messages. Only `kv` is usable in it. If it throws, the upgrade fails and the
     * old version keeps running. At most one per extension.
     *
     * @param fn called with the version the room ran before (such as `'1.2.0'`) and the kv
     * @throws Error when registered twice
     * @example
     * banter.migrate((from, kv) => { kv.set('total', { amount: kv.get('tips') || 0 }); kv.delete('tips'); });
     */
    migrate(fn: (fromVersion: string, kv: Kv) => void): void;
  }
}

/**
 * The `banter/1` API: register handlers with {@link Banter.Api.on}, {@link Banter.Api.command},
 * {@link Banter.Api.timer} and {@link Banter.Api.migrate} at top level. Frozen and not writable.
 *
 * @example
 * banter.on('chat.message', (m, ctx) => { if (m.body.includes('scamcoin')) ctx.reject('scam'); });
 */
declare const banter: Banter.Api;
