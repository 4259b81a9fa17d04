// Banter SDK: declarations of the `cb/2` dialect, the `$`-object API of per-handler apps (sandbox-graal's cb2.js).
// A cb/2 package maps handler keys to files in banter.json (`"handlers": {"tipReceived": "tip.js"}`); each file is
// the body of its handler (a top-level `return` ends it), with the `$` objects below in scope, and the `shared`
// files run first at global scope. Where this file and the implementation ever disagree, the implementation is
// right and this file has a bug.
//
// Handler keys and the events they run on: appStart (extension.start naming the app), chatMessageTransform then
// chatMessage (chat.message), tipReceived (tip), userEnter, userLeave, follow, unfollow (user.*), fanclubJoin,
// mediaPurchase, broadcastStart, broadcastStop, callback (timer), roomStatusChange (room.status), settingsChange
// (settings.change) and broadcastPanelUpdate (after App Start and after $room.reloadPanel()).
//
// Type-checking a handler file with tsc: a top-level `return` is an error for tsc (TS1108) although the dialect
// allows it; end handler files without one, or leave them out of "files".
//
// Declarations version: 1.0.0, for the dialect `cb/2`.

/// <reference path="common.d.ts" />

/** The types of the `cb/2` dialect. Nothing here exists at run time. */
declare namespace CB2 {
  /**
   * A user's colour group: `o` owner, `m` moderator, `f` fan, `l` tipped recently, `p` tipped a lot, `t` tipped
   * tons, `g` the rest (grey).
   */
  type ColorGroup = 'o' | 'm' | 'f' | 'l' | 'p' | 't' | 'g';

  /** How much a user tipped lately. */
  type RecentTips = 'none' | 'some' | 'lots' | 'tons';

  /** The sender of the event being handled (`$user`). Frozen. */
  interface User {
    /** The user name. */
    readonly username: string;
    /** Whether the user owns the room. */
    readonly isOwner: boolean;
    /** Whether the user is a moderator. */
    readonly isMod: boolean;
    /** Whether the user is in the fan club. */
    readonly inFanclub: boolean;
    /** Whether the user has tokens. */
    readonly hasTokens: boolean;
    /** How much the user tipped lately. */
    readonly recentTips: RecentTips;
    /** `m`, `f`, `t` (trans), `c` (couple) or `u` (unknown). */
    readonly gender: 'm' | 'f' | 't' | 'c' | 'u';
    /** The user's colour group. */
    readonly colorGroup: ColorGroup;
  }

  /**
   * The chat message being handled (`$message`), in Chat Message Transform and Chat Message. The setters work only
   * in Chat Message Transform (elsewhere they do nothing and log a warning once).
   *
   * Not yet delivered: colours and fonts set here reach later handlers but no viewer.
   *
   * @example
   * // chatMessageTransform.js
   * if (/scamcoin/i.test($message.body)) $message.setSpam(true);
   * else $message.setBody($message.body.replace(/(.)\1{3,}/g, '$1$1$1'));
   */
  interface Message {
    /** The text as it stands (after `setBody`). */
    readonly body: string;
    /** The text as the user sent it. */
    readonly orig: string;
    /** Whether the message is marked as spam. */
    readonly isSpam: boolean;
    /** The text colour set by `setColor`, or null. */
    readonly color: string | null;
    /** The background colour set by `setBgColor`, or null. */
    readonly bgColor: string | null;
    /** The font set by `setFont`, or null. */
    readonly font: string | null;
    /** Replaces the text (the delivered message is modified); chat allows up to 4,096 characters. */
    setBody(text: string): void;
    /** Marks the message as spam: it is rejected with the reason `spam`. Default true. */
    setSpam(spam?: boolean): void;
    /** Sets the text colour of the delivered line (at most 64 characters; null keeps it). Transform handler only. */
    setColor(color: string | null): void;
    /** Sets the background colour of the delivered line (at most 64 characters). Transform handler only. */
    setBgColor(color: string | null): void;
    /** Sets the font of the delivered line (at most 64 characters). Transform handler only. */
    setFont(font: string | null): void;
  }

  /** The tip being handled (`$tip`, in Tip Received). Frozen. */
  interface Tip {
    /** Tokens tipped, 1..1,000,000. */
    readonly tokens: number;
    /** The tipper's note (`''` when none). */
    readonly message: string;
    /** Whether the tipper asked to stay anonymous. */
    readonly isAnon: boolean;
  }

  /** The fan-club join being handled (`$fanclub`, in Fanclub Join). */
  interface Fanclub {
    /** Who joined. */
    readonly user: User;
    /** Months joined for; 0 when the host did not say. */
    readonly months: number;
  }

  /** The media purchase being handled (`$media`, in Media Purchase). */
  interface Media {
    /** `photos` or `video`. */
    readonly type: 'photos' | 'video';
    /** The name of the set. */
    readonly name: string;
    /** The price in tokens. */
    readonly tokens: number;
  }

  /**
   * A colour group to send a notice to: the letters of {@link ColorGroup} (`l`, `p` and `t` all mean tippers), the
   * v1 colour names, or the group names.
   */
  type NoticeGroup =
    | 'o' | 'm' | 'f' | 'l' | 'p' | 't'
    | 'red' | 'green' | 'darkblue' | 'lightpurple' | 'darkpurple' | 'lightblue'
    | 'owner' | 'moderators' | 'fans' | 'tippers' | 'has-tokens';

  /** Options of {@link Room.sendNotice}. */
  interface NoticeOptions {
    /** Only this user. */
    toUsername?: string;
    /** Text colour, `#rgb` or `#rrggbb`; anything else throws a TypeError. */
    color?: string;
    /** Background colour, `#rgb` or `#rrggbb`; anything else throws a TypeError. */
    bgColor?: string;
    /** `normal`, `bold` or `bolder`; anything else throws a TypeError. */
    fontWeight?: 'normal' | 'bold' | 'bolder';
    /** Only this colour group; an unknown group throws a TypeError. */
    toColorGroup?: NoticeGroup;
  }

  /** The tip options of {@link Room.setTipOptions}. */
  interface TipOptions {
    /** The prompt, 0..256 characters. */
    label?: string;
    /** The options, each `{ label }` or a string of 1..256 characters. */
    options: Array<{ label: string } | string>;
  }

  /**
   * A panel for {@link Room.setPanelTemplate}: a template name and its fields, each sent as a string (objects as
   * JSON), at most 4,096 characters each.
   */
  interface Panel {
    /** The template, such as `3_rows_of_labels`, `3_rows_11_21_31`, `3_rows_12_21_31`, `3_rows_12_22_31` or `image_template`. */
    template: string;
    [field: string]: unknown;
  }

  /** The room (`$room`). */
  interface Room {
    /** The room owner's name. */
    readonly owner: string;
    /** The room status as last reported (`public` until a `room.status` event says otherwise). */
    readonly status: string;
    /** The subject as last set by this app or reported by a `room.subject` event; null before either. */
    readonly subject: string | null;
    /**
     * Sends a notice. Needs the `notice` permission.
     *
     * Limits: `notice-size` (default 49,152 characters) and `notice-rate` (default 120 a minute): over either the
     * notice is not sent and the call answers false.
     *
     * @returns true when sent, false when a quota refused it
     * @example
     * $room.sendNotice('Thanks ' + $user.username + '!', { toUsername: $user.username, color: '#090', fontWeight: 'bold' });
     */
    sendNotice(message: string, options?: NoticeOptions): boolean;
    /**
     * Sets the room subject. Needs the `subject` permission. Subjects over 200 characters are cut to 200 (logged).
     *
     * @example
     * $room.setSubject('Goal: ' + $kv.get('total', 0) + '/' + $settings.goal);
     */
    setSubject(subject: string): void;
    /** Sets the tip options (a `SetTipOptions` action, permission `tip-options`). */
    setTipOptions(options: TipOptions): boolean;
    /** Sets the panel (a `Custom("panel")` action, permission `custom`). The template is required. */
    setPanelTemplate(panel: Panel): boolean;
    /** Asks for the panel again: Broadcast Panel Update runs once after the current handler. */
    reloadPanel(): void;
  }

  /** One entry of {@link Kv.iter}. */
  interface KvEntry {
    readonly key: string;
    readonly value: any;
  }

  /**
   * The app's key-value state in this room (`$kv`), the same store as banter/1's `ctx.kv`. Needs the `kv`
   * permission. Values are JSON.
   *
   * Limits: `kv-key` (default 256 characters), `kv-value` (default 1,048,576 characters of JSON), `kv-total`
   * (default 8,388,608 characters per instance); a write over one throws a RangeError.
   */
  interface Kv {
    /**
     * The value of a key; the default when there is none.
     *
     * @throws Error when there is no such key and no default was given
     * @example
     * const total = $kv.get('total', 0);
     */
    get<T = any>(key: string, defaultValue?: T): T;
    /**
     * Stores a value, optionally for a while.
     *
     * @param expiry seconds until the value disappears (engine clock); 0 or omitted keeps it
     * @example
     * $kv.set('greeted:' + $user.username, true, 24 * 3600);
     */
    set(key: string, value: unknown, expiry?: number): void;
    /** Adds to a number (missing counts as 0) and returns it. */
    incr(key: string, by?: number): number;
    /** Subtracts from a number (missing counts as 0) and returns it. */
    decr(key: string, by?: number): number;
    /** Removes a key; answers whether it had a value. */
    remove(key: string): boolean;
    /** Removes every key. */
    clear(): void;
    /**
     * Iterates over the entries whose key starts with `prefix` (all without one).
     *
     * @example
     * for (const { key, value } of $kv.iter('tips:')) top.push([key.slice(5), value]);
     */
    iter(prefix?: string): IterableIterator<KvEntry>;
  }

  /**
   * Timers (`$callback`), on the engine timers (virtual time in tests). Needs the `timers` permission. A firing
   * runs the Callback handler with `$callback.label` set.
   *
   * Limits: `timer-count` (default 32 at once) and `timer-interval` (default 1 s at least); over either, `create`
   * throws a RangeError.
   */
  interface Callback {
    /** The label of the firing being handled, in the Callback handler; undefined elsewhere. */
    readonly label: string | undefined;
    /**
     * Schedules a callback; a label again replaces it.
     *
     * @param label 1..64 characters
     * @param delay seconds, > 0
     * @param repeating whether it fires every `delay` seconds
     * @example
     * $callback.create('menu', 300, true);
     */
    create(label: string, delay: number, repeating?: boolean): void;
    /** Cancels a callback; answers whether it was known. */
    cancel(label: string): boolean;
  }

  /** Limiting the cam to some users (`$limitcam`); every call is a `Custom("limitcam")` action (permission `custom`). */
  interface Limitcam {
    /** Whether the app started limiting the cam and has not stopped. */
    readonly isRunning: boolean;
    /** The users with access (a frozen copy). */
    readonly users: readonly string[];
    /** Starts limiting, with a message for users without access and who has access. */
    start(message?: string, users?: string[]): void;
    /** Stops limiting. */
    stop(): void;
    /** Gives users access. */
    add(users: string[]): void;
    /** Takes access away. */
    remove(users: string[]): void;
    /** Takes access away from everyone. */
    removeAll(): void;
    /** Whether a user has access. */
    hasAccess(user: string): boolean;
  }

  /** A Banter permission key, as granted in the room. */
  type Permission =
    | 'notice' | 'subject' | 'moderation.warn' | 'moderation.mute' | 'moderation.kick' | 'moderation.ban'
    | 'tip-options' | 'timers' | 'kv' | 'custom';

  /** The app itself (`$app`). Frozen. */
  interface App {
    /** The extension id. */
    readonly id: string;
    /** The name (the id). */
    readonly name: string;
    /** The version running. */
    readonly version: string;
    /** `'cb/2'`. */
    readonly dialect: 'cb/2';
    /** The permissions granted in this room. */
    readonly permissions: readonly Permission[];
    /** Whether a permission was granted. */
    hasPermission(permission: Permission | string): boolean;
  }
}

/** The room. */
declare const $room: CB2.Room;

// The per-event objects are typed as present, since each handler file reads the one of its event; they are
// undefined outside it (in shared code while loading, or $tip in a chat handler).

/** The sender of the event being handled (`_system` for events from the host). */
declare const $user: CB2.User;
/** The chat message being handled, in Chat Message Transform and Chat Message; undefined elsewhere. */
declare const $message: CB2.Message;
/** The tip being handled, in Tip Received; undefined elsewhere. */
declare const $tip: CB2.Tip;
/** The fan-club join being handled, in Fanclub Join; undefined elsewhere. */
declare const $fanclub: CB2.Fanclub;
/** The media purchase being handled, in Media Purchase; undefined elsewhere. */
declare const $media: CB2.Media;
/** The app's key-value state. */
declare const $kv: CB2.Kv;
/** Timers. */
declare const $callback: CB2.Callback;
/** The settings chosen at install, deeply frozen. */
declare const $settings: Readonly<Record<string, any>>;
/** The app itself. */
declare const $app: CB2.App;
/** Limiting the cam. */
declare const $limitcam: CB2.Limitcam;
