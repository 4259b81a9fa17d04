// Banter SDK: declarations of the `cb/1` dialect, the Chaturbate Apps API v1 (`cb`, `cbjs`) as Banter runs it
// (sandbox-graal's cb1.js). Existing v1 apps and bots run unchanged; these declarations let an editor check them.
// Where this file and the implementation ever disagree, the implementation is right and this file has a bug.
//
// Use: a jsconfig.json with "checkJs": true whose "files" list this file and the app, for example
//   { "compilerOptions": { "checkJs": true, "noEmit": true, "target": "es2022", "lib": ["es2022"] },
//     "files": ["node_modules/@banter/sdk/types/cb1.d.ts", "app.js"] }
//
// Declarations version: 1.0.0, for the dialect `cb/1`.

/// <reference path="common.d.ts" />

/** The types of the `cb/1` dialect. Nothing here exists at run time. */
declare namespace CB {
  /**
   * A v1 gender letter: `m` male, `f` female, `s` trans, `c` couple; `u` unknown. The room owner's is `''`.
   */
  type Gender = 'm' | 'f' | 's' | 'c' | 'u' | '';

  /** A user as v1 hooks receive them (`cb.onEnter`, `cb.onLeave`, `cb.onFollow`, `cb.tipOptions`...). A fresh copy. */
  interface User {
    /** The user name. */
    user: string;
    /** Whether the user is in the fan club. */
    in_fanclub: boolean;
    /** Whether the user has tokens. */
    has_tokens: boolean;
    /** Whether the user is a moderator. */
    is_mod: boolean;
    /** Whether the user tipped recently (any amount). */
    tipped_recently: boolean;
    /** Whether the user tipped a lot recently. */
    tipped_alot_recently: boolean;
    /** Whether the user tipped tons recently. */
    tipped_tons_recently: boolean;
    /** The user's gender letter. */
    gender: Gender;
  }

  /**
   * A chat message as `cb.onMessage` receives it: the sender's fields plus the text and its style. Return it
   * (changed or not) from the handler: the returned object is the message delivered.
   *
   * @example
   * cb.onMessage(function (msg) {
   *   if (/scamcoin/i.test(msg.m)) msg['X-Spam'] = true;    // hide it (the message is rejected)
   *   else if (msg.is_mod) msg.background = '#ffd';          // restyle it
   *   return msg;
   * });
   */
  interface Message extends User {
    /** The text. Change it to deliver other text. */
    m: string;
    /** The text colour, `#494949` by default (or what an earlier app set). A change restyles the delivered line. */
    c: string;
    /** The font, `default` by default (or what an earlier app set). A change restyles the delivered line. */
    f: string;
    /** A background colour for the line (present when an earlier app set one); setting it restyles the delivered line. */
    background?: string;
    /** Set to true to hide the message from the room: it is rejected with the reason `X-Spam`. */
    'X-Spam'?: boolean;
    /** Apps may add their own fields; they are ignored. */
    [extra: string]: unknown;
  }

  /** A tip as `cb.onTip` receives it. */
  interface Tip {
    /** Tokens tipped, 1..1,000,000. */
    amount: number;
    /** The tipper's note (`''` when none), up to 512 characters. */
    message: string;
    /** The room owner's name (the room slug). */
    to_user: string;
    /** The tipper's name. */
    from_user: string;
    from_user_in_fanclub: boolean;
    from_user_has_tokens: boolean;
    from_user_is_mod: boolean;
    from_user_tipped_recently: boolean;
    from_user_tipped_alot_recently: boolean;
    from_user_tipped_tons_recently: boolean;
    from_user_gender: Gender;
    /** Whether the tipper asked to stay anonymous; do not name them in public then. */
    is_anon_tip: boolean;
  }

  /** A media purchase as `cb.onMediaPurchase` receives it: the buyer's fields plus what was bought. */
  interface MediaPurchase extends User {
    /** `photos` or `video`. */
    media_type: 'photos' | 'video';
    /** The name of the set. */
    media_name: string;
    /** The price in tokens. */
    price: number;
  }

  /** The `type` of a v1 setting. */
  type SettingType = 'int' | 'str' | 'choice';

  /**
   * One entry of `cb.settings_choices`: a field of the settings form the broadcaster fills in at install. Banter
   * turns these into the manifest's settings schema (`banter import-cb`): `int` with `minValue`/`maxValue`, `str`
   * with `minLength`/`maxLength`, `choice` with `choice1`..`choiceN`; `required` defaults to true, as in v1.
   *
   * @example
   * cb.settings_choices = [
   *   { name: 'goal', type: 'int', minValue: 1, maxValue: 100000, defaultValue: 500, label: 'Token goal' },
   *   { name: 'title', type: 'str', minLength: 1, maxLength: 100, defaultValue: 'Tip goal', label: 'Title' },
   *   { name: 'show', type: 'choice', choice1: 'yes', choice2: 'no', defaultValue: 'yes', label: 'Show panel' },
   * ];
   */
  interface SettingChoice {
    /** The setting's name, the key in `cb.settings`. */
    name: string;
    /** The kind of field. */
    type: SettingType;
    /** The label shown in the form (the name when missing). */
    label?: string;
    /** The value used when the broadcaster gives none. */
    defaultValue?: string | number;
    /** Whether a value must be given; default true. */
    required?: boolean;
    /** `int`: the smallest value. */
    minValue?: number;
    /** `int`: the largest value. */
    maxValue?: number;
    /** `str`: the shortest length. */
    minLength?: number;
    /** `str`: the longest length. */
    maxLength?: number;
    /** `choice`: the options, `choice1`, `choice2`, ... in order. */
    [choice: `choice${number}`]: string | undefined;
  }

  /** A v1 panel template name. */
  type PanelTemplate = '3_rows_of_labels' | '3_rows_11_21_31' | '3_rows_12_21_31' | '3_rows_12_22_31' | 'image_template';

  /**
   * What a `cb.onDrawPanel` handler returns: the template and its rows. Banter sends it to the host as a
   * `Custom("panel", {template, row1_label, ...})` action (permission `custom`), each value as a string (for
   * `image_template` the `layers` as JSON); values are cut at 4,096 characters.
   *
   * @example
   * cb.onDrawPanel(() => ({
   *   template: '3_rows_of_labels',
   *   row1_label: 'Goal:', row1_value: total + ' / ' + cb.settings.goal,
   *   row2_label: 'Top tipper:', row2_value: top,
   *   row3_label: 'Tips:', row3_value: String(count),
   * }));
   */
  interface Panel {
    template: PanelTemplate;
    row1_label?: string;
    row1_value?: string | number;
    row2_label?: string;
    row2_value?: string | number;
    row3_label?: string;
    row3_value?: string | number;
    /** `image_template`: the image and text layers. */
    layers?: Array<Record<string, string | number>>;
    [extra: string]: unknown;
  }

  /**
   * What a `cb.tipOptions` handler returns: the choices shown in the tip dialog. Sent as `SetTipOptions`
   * (permission `tip-options`); labels are 1..256 characters.
   */
  interface TipOptions {
    /** The prompt above the options (0..256 characters). */
    label?: string;
    /** The options, each `{ label }` (or a plain string). */
    options: Array<{ label: string } | string>;
  }

  /** The answer of `cb.getRoomOwnerData`. */
  interface OwnerData {
    success: true;
    data: User;
  }

  /**
   * The answer of `cb.getRoomUsersData`: the users this app instance has seen enter, chat or tip (and not leave),
   * by colour group: `red` moderators, `green` fans, `darkpurple`/`lightpurple`/`darkblue` the tipper tiers,
   * `lightblue` users with tokens, `grey` the rest. At most 10,000 users are remembered.
   */
  interface UsersData {
    success: true;
    data: {
      red: string[];
      green: string[];
      darkpurple: string[];
      lightpurple: string[];
      darkblue: string[];
      lightblue: string[];
      grey: string[];
    };
  }

  /**
   * The `to_group` of a notice: `red` moderators, `green` fans, `darkblue` users who tipped recently,
   * `lightpurple` tipped a lot, `darkpurple` tipped tons, `lightblue` users with tokens. An unknown group drops the
   * notice (logged once).
   */
  type NoticeGroup = 'red' | 'green' | 'darkblue' | 'lightpurple' | 'darkpurple' | 'lightblue';

  /** A v1 font weight for notices; anything else falls back to normal (logged once). */
  type Weight = 'normal' | 'bold' | 'bolder';

  /**
   * The `cb` object. It is an ordinary, writable global: apps may wrap its functions and add members (that only
   * changes this app's own context).
   *
   * What apps ask at top level (notices, subject, timeouts, panel) takes effect when the app starts: at the first
   * `extension.start` in the room, followed by `cb.onStart`, the first panel and the first tip options.
   * Permissions: notices need `notice`, the subject `subject`, timeouts `timers`, tip options `tip-options`, and
   * the panel and limitCam `custom`.
   */
  interface Api {
    /** The room's slug: the room owner's user name. */
    room_slug: string;

    /**
     * The settings form; assign it at top level. Read by Banter after the app's top-level code ran, for the
     * manifest and to fill in defaults.
     */
    settings_choices: SettingChoice[];

    /**
     * The settings the broadcaster chose, with the `defaultValue` of every `settings_choices` entry not given (a
     * `choice` without a default takes `choice1`, a `str` takes `''`). Apps may write into it, or assign a new
     * object.
     *
     * @example
     * const goal = parseInt(cb.settings.goal, 10);
     */
    settings: Record<string, any>;

    /**
     * Sends a notice to the room, a user or a colour group. Needs the `notice` permission. Empty text sends
     * nothing.
     *
     * Limits: the text is cut at 49,152 characters (48 KiB, or the instance's `notice-size` if smaller); at most
     * `notice-rate` (default 120) notices a minute, the rest are dropped. A bad colour or weight falls back to the
     * default (logged once); an unknown group drops the notice.
     *
     * @param msg the text; `\n` separates lines
     * @param to_user only this user; `''` or omitted for everyone
     * @param background background colour `#rgb` or `#rrggbb`
     * @param foreground text colour `#rgb` or `#rrggbb`
     * @param weight `normal`, `bold` or `bolder`
     * @param to_group only this colour group (ignored when `to_user` is given)
     * @example
     * cb.sendNotice('Thanks ' + tip.from_user + '!', tip.from_user, '', '#009900', 'bold');
     * cb.sendNotice('Mods: raffle draws in 5 minutes', '', '#ffffcc', '', 'normal', 'red');
     */
    sendNotice(msg: string, to_user?: string, background?: string, foreground?: string, weight?: Weight | string, to_group?: NoticeGroup | string): void;

    /** Deprecated alias of {@link sendNotice}, still used by many apps. */
    chatNotice(msg: string, to_user?: string, background?: string, foreground?: string, weight?: Weight | string, to_group?: NoticeGroup | string): void;

    /**
     * Writes a line to the app's log (never shown in the room), cut at 49,152 characters.
     *
     * Limit: `log-volume` (default 65,536 characters per minute).
     */
    log(message: unknown): void;

    /**
     * Calls `func` once after `msecs` milliseconds, on the engine timers (virtual time in tests). Needs the
     * `timers` permission. A delay below the instance's `timer-interval` (default 1,000 ms) runs at that minimum
     * (logged once); at most `timer-count` (default 32) timeouts are pending at once.
     *
     * @returns an id for {@link cancelTimeout}
     * @example
     * function announce() { cb.sendNotice('Tip 25 for a song'); cb.setTimeout(announce, 300000); }
     * cb.setTimeout(announce, 300000);
     */
    setTimeout(func: () => void, msecs: number): number;

    /** Cancels a pending {@link setTimeout}; an unknown id is ignored. */
    cancelTimeout(id: number): void;

    /**
     * Sets the room subject. Needs the `subject` permission; 1..512 characters.
     *
     * @example
     * cb.changeRoomSubject('Goal: ' + total + '/' + cb.settings.goal);
     */
    changeRoomSubject(subject: string): void;

    /** Asks for the panel to be drawn again: runs the `cb.onDrawPanel` handler and sends its panel. */
    drawPanel(): void;

    /** Calls `func` at once with the room owner's user data. */
    getRoomOwnerData(func: (answer: OwnerData) => void): void;

    /** Calls `func` at once with the users this instance has seen, by colour group. */
    getRoomUsersData(func: (answer: UsersData) => void): void;

    /**
     * Starts limiting the cam to some users; sent as `Custom("limitcam", {op: "start", message, users})`
     * (permission `custom`). The message is cut at 4,096 characters.
     *
     * @param message shown to users without access
     * @param allowedUsers user names with access (or one name)
     */
    limitCam_start(message?: string, allowedUsers?: string[] | string): void;
    /** Stops limiting the cam. */
    limitCam_stop(): void;
    /** Gives users access. */
    limitCam_addUsers(users: string[] | string): void;
    /** Takes access away from users. */
    limitCam_removeUsers(users: string[] | string): void;
    /** Takes access away from every user. */
    limitCam_removeAllUsers(): void;
    /** Whether a user has access (as this app granted it). */
    limitCam_userHasAccess(user: string): boolean;
    /** The users with access (a copy). */
    limitCam_allUsersWithAccess(): string[];
    /** Whether the app started limiting the cam and has not stopped. */
    limitCam_isRunning(): boolean;

    /**
     * Handles chat. The returned message is the one delivered: set `m` to change the text, `X-Spam` to hide it,
     * `background`/`c`/`f` to restyle it. A handler that returns nothing leaves the message unchanged (logged
     * once). Register at top level: hooks first set after the app started get no events.
     */
    onMessage(func: (msg: Message) => Message | void): void;
    /**
     * Handles tips.
     *
     * @example
     * cb.onTip(function (tip) { total += tip.amount; cb.drawPanel(); });
     */
    onTip(func: (tip: Tip) => void): void;
    /** Handles a user entering the room. */
    onEnter(func: (user: User) => void): void;
    /** Handles a user leaving the room. */
    onLeave(func: (user: User) => void): void;
    /** Handles a new follower. */
    onFollow(func: (user: User) => void): void;
    /** Handles a user who stopped following. */
    onUnFollow(func: (user: User) => void): void;
    /** Handles a user joining the fan club. */
    onFanclubJoin(func: (user: User) => void): void;
    /** Handles a media purchase. */
    onMediaPurchase(func: (purchase: MediaPurchase) => void): void;
    /** Handles the broadcast starting (timers resume). */
    onBroadcastStart(func: (user: User) => void): void;
    /** Handles the broadcast stopping (timers pause). */
    onBroadcastStop(func: (user: User) => void): void;
    /** Runs once when the app starts, after its top-level effects, with the room owner's data. */
    onStart(func: (owner: User) => void): void;
    /**
     * Supplies the panel: called at start and on every {@link drawPanel}, with the room owner's data.
     *
     * @example
     * cb.onDrawPanel(() => ({ template: '3_rows_11_21_31', row1_value: 'Goal', row2_value: total, row3_value: '' }));
     */
    onDrawPanel(func: (owner: User) => Panel | null | undefined): void;
    /**
     * Supplies the tip options: called at start and when a user opens the tip dialog (`tip.menu.open`).
     *
     * @example
     * cb.tipOptions(() => ({ label: 'Pick one', options: [{ label: '25 - song' }, { label: '50 - dance' }] }));
     */
    tipOptions(func: (user: User) => TipOptions | null | undefined): void;

    /** Apps may add their own members. */
    [member: string]: unknown;
  }

  /** The `cbjs` helpers of v1. */
  interface Helpers {
    /** Whether `array` contains `object` (strict equality); false when it is not an array. */
    arrayContains<T>(array: T[], object: T): boolean;
    /** Removes every occurrence of `object` from `array`, in place, and returns it. */
    arrayRemove<T>(array: T[], object: T): T[];
    /** `array.join(separator)`; `''` when it is not an array. Separator default `,`. */
    arrayJoin(array: unknown[], separator?: string): string;
  }
}

/** The v1 app API. Writable: apps may wrap or add members. */
declare var cb: CB.Api;
/** The v1 helper functions. */
declare var cbjs: CB.Helpers;

/**
 * A bare `setTimeout`, as some v1 apps use it: the same engine timer as {@link CB.Api.setTimeout}, extra arguments
 * passed to `func`.
 */
declare function setTimeout<A extends unknown[]>(func: (...args: A) => void, msecs: number, ...args: A): number;
/** Cancels a bare {@link setTimeout}. */
declare function clearTimeout(id: number | undefined): void;
/** Calls `func` every `msecs` milliseconds (at least the `timer-interval` limit). */
declare function setInterval<A extends unknown[]>(func: (...args: A) => void, msecs: number, ...args: A): number;
/** Cancels a {@link setInterval}. */
declare function clearInterval(id: number | undefined): void;
