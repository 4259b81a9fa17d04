// The portal's stand-in declarations of the banter/1 dialect: used for completion only when the SDK jar ships no
// declarations of its own (dev/banter/sdk/types/*.d.ts). Deliberately short; the SDK's files are the reference.

declare namespace Banter {
  /** The sender of an event. */
  interface User {
    /** The user name. */
    readonly name: string;
    /** Whether the user owns the room. */
    readonly owner: boolean;
    /** Whether the user is a moderator. */
    readonly moderator: boolean;
    /** Whether the user is in the fan club. */
    readonly fan: boolean;
  }

  /** What every event carries. */
  interface Event {
    /** The message type name. */
    readonly type: string;
    /** When it happened, in ms since the epoch. */
    readonly ts: number;
    /** Who sent it. */
    readonly user: User;
  }

  /** A chat command such as `!roll 2d6`. */
  interface CommandEvent extends Event {
    /** The whole chat line. */
    readonly body: string;
    /** The command name, lower case, without its prefix. */
    readonly name: string;
    /** The arguments split on white space. */
    readonly args: readonly string[];
  }

  /** How a notice looks and whom it reaches. */
  interface NoticeOptions {
    /** Only this user sees it. */
    to?: string | null;
    /** Background colour, #rrggbb. */
    background?: string | null;
    /** Text colour, #rrggbb. */
    color?: string | null;
  }

  /** The room. */
  interface Room {
    /** Sends a notice to the room (needs the notice permission). */
    notice(text: string, options?: NoticeOptions): boolean;
    /** Sets the room subject (needs the subject permission). */
    setSubject(subject: string): void;
  }

  /** The extension's key-value state in this room (needs the kv permission). */
  interface Kv {
    /** The value of a key, or undefined. */
    get(key: string): unknown;
    /** Stores a JSON value. */
    set(key: string, value: unknown): void;
    /** Adds to a number and answers the new value. */
    incr(key: string, by?: number): number;
    /** Deletes a key. */
    delete(key: string): boolean;
    /** Every key. */
    keys(): string[];
  }

  /** Timers of this extension (needs the timers permission). */
  interface Timers {
    /** Fires once after ms. */
    after(label: string, ms: number): void;
    /** Fires every ms. */
    every(label: string, ms: number): void;
    /** Cancels a timer. */
    cancel(label: string): boolean;
  }

  /** What a handler may do. */
  interface Context {
    /** The room. */
    readonly room: Room;
    /** The key-value state. */
    readonly kv: Kv;
    /** Timers. */
    readonly timers: Timers;
    /** The installed settings. */
    readonly settings: { readonly [name: string]: unknown };
    /** Rejects the intercepted message. */
    reject(reason?: string): void;
    /** Changes the intercepted message. */
    modify(changes: { body: string }): void;
    /** The engine clock, in ms. */
    now(): number;
  }

  /** The global `banter`. */
  interface Api {
    /** Handles a message type. */
    on(type: string, fn: (event: Event, ctx: Context) => void): void;
    /** Handles a chat command. */
    command(name: string, fn: (cmd: CommandEvent, ctx: Context) => void): void;
    /** Handles a timer's firings. */
    timer(label: string, fn: (event: Event, ctx: Context) => void): void;
  }
}

/** The banter/1 API. */
declare const banter: Banter.Api;
