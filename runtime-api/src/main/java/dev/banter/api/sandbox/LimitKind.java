package dev.banter.api.sandbox;

/**
 * The limits a sandbox enforces. Each has a stable {@link #key() key} used in configuration, manifests, metrics and
 * {@link LimitViolation reports}.
 *
 * <p>A <em>hard</em> limit stops the invocation that broke it: the handler fails and its emitted actions and state
 * writes are discarded. A <em>quota</em> refuses only the operation that would exceed it (one notice, one kv write,
 * one timer) and the invocation goes on.
 *
 * @since 0.1
 */
public enum LimitKind {
    /**
     * Time of one handler invocation: the CPU time of the thread running it, where the JVM can measure that, so that
     * garbage-collection pauses and time spent off the core on a busy machine are not charged to the extension; an
     * invocation is also stopped once its wall-clock time passes ten deadlines (at least 1 s), whatever its CPU time.
     */
    DEADLINE("deadline", true, "ms"),
    /** Time of loading the extension's source (its top-level code), counted as {@link #DEADLINE} is. */
    LOAD_DEADLINE("load-deadline", true, "ms"),
    /** Guest statements executed in one invocation. */
    STATEMENTS("statements", true, "statements"),
    /** Bytes allocated by one invocation. */
    ALLOCATION("allocation", true, "bytes"),
    /** Heap one instance may hold when the host is under memory pressure. */
    HEAP("heap", true, "bytes"),
    /** Guest call depth; a blown stack is contained and reported under this kind. */
    STACK("stack", true, "frames"),
    /** Total size of the extension's source files. */
    SOURCE_SIZE("source-size", true, "chars"),
    /** Characters in one notice. */
    NOTICE_SIZE("notice-size", false, "chars"),
    /** Notices per minute from one instance. */
    NOTICE_RATE("notice-rate", false, "per minute"),
    /** Characters in one kv key. */
    KV_KEY("kv-key", false, "chars"),
    /** Characters of one kv value, as JSON. */
    KV_VALUE("kv-value", false, "chars"),
    /** Characters of all kv keys and values of one instance. */
    KV_TOTAL("kv-total", false, "chars"),
    /** Timers one instance may have scheduled at once. */
    TIMER_COUNT("timer-count", false, "timers"),
    /** Shortest delay or repeat interval of a timer. */
    TIMER_INTERVAL("timer-interval", false, "ms"),
    /** Characters of log output per minute from one instance; lines beyond it are dropped and counted. */
    LOG_VOLUME("log-volume", false, "chars per minute");

    private final String key;
    private final boolean hard;
    private final String unit;

    LimitKind(String key, boolean hard, String unit) {
        this.key = key;
        this.hard = hard;
        this.unit = unit;
    }

    /** The unit of this limit's value, for example {@code "ms"} or {@code "bytes"}. */
    public String unit() {
        return unit;
    }

    /** The stable name of this limit, for example {@code "deadline"}. */
    public String key() {
        return key;
    }

    /**
     * Whether this limit is a floor rather than a ceiling: {@link #TIMER_INTERVAL} is the shortest interval allowed, so
     * a larger value is stricter, and it is broken by going below it.
     */
    public boolean isFloor() {
        return this == TIMER_INTERVAL;
    }

    /** Whether breaking this limit stops the invocation (hard) or only refuses one operation (quota). */
    public boolean isHard() {
        return hard;
    }

    /**
     * Finds a limit by its key.
     *
     * @throws IllegalArgumentException naming the key and the known keys, if there is no such limit
     */
    public static LimitKind ofKey(String key) {
        for (LimitKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        StringBuilder known = new StringBuilder();
        for (LimitKind kind : values()) {
            known.append(known.isEmpty() ? "" : ", ").append(kind.key);
        }
        throw new IllegalArgumentException("unknown limit '" + key + "'; known limits: " + known);
    }
}
