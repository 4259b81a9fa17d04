package dev.banter.core.internal.timers;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One scheduled timer, lane-confined, and its stored form: {@code {"repeat":ms,"due":epochMs,"paused":ms,
 * "firings":n,"order":n}}, where {@code paused} is the time left while the broadcast is offline, or -1 while it runs,
 * and {@code order} is its place among the room's timers in scheduling order.
 */
final class Timer {

    private static final JsonFactory JSON = new JsonFactory();

    final String owner;
    final String label;
    /** The interval of a repeating timer; 0 for a one-shot. */
    final long repeat;
    /** When the next firing is due, in epoch millis, while running. */
    long due;
    /** The time left while paused, else -1. */
    long paused = -1;
    /** Firings delivered so far. */
    long firings;
    /** Whether the next firing became due while the timer could not run. */
    boolean late;
    /** The order it was scheduled in, to fire timers due at the same instant in that order. */
    final long order;

    Timer(String owner, String label, long repeat, long due, long order) {
        this.owner = owner;
        this.label = label;
        this.repeat = repeat;
        this.due = due;
        this.order = order;
    }

    boolean running() {
        return paused < 0;
    }

    void pause(long now) {
        if (running()) {
            paused = Math.max(0, due - now);
        }
    }

    void resume(long now) {
        if (!running()) {
            due = now + paused;
            paused = -1;
        }
    }

    String toJson() {
        return "{\"repeat\":" + repeat + ",\"due\":" + due + ",\"paused\":" + paused + ",\"firings\":" + firings
                + ",\"order\":" + order + "}";
    }

    /**
     * Reads a stored timer.
     *
     * @throws IllegalArgumentException naming the field and the value, if the text is not a stored timer
     */
    static Timer fromJson(String owner, String label, String json) {
        long order = 0;
        long repeat = -1;
        long due = Long.MIN_VALUE;
        long paused = -1;
        long firings = 0;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("expected an object, got " + cut(json));
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                    throw new IllegalArgumentException(field + ": expected an integer, got " + cut(p.getString()));
                }
                long value = p.getLongValue();
                switch (field) {
                    case "repeat" -> repeat = value;
                    case "due" -> due = value;
                    case "paused" -> paused = value;
                    case "firings" -> firings = value;
                    case "order" -> order = value;
                    default -> throw new IllegalArgumentException("unknown field '" + cut(field) + "'");
                }
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + cut(json), e);
        }
        if (repeat < 0 || due == Long.MIN_VALUE || firings < 0 || paused < -1) {
            throw new IllegalArgumentException(
                    "repeat, due, paused and firings must be set and in range, got " + cut(json));
        }
        Timer t = new Timer(owner, label, repeat, due, order);
        t.paused = paused;
        t.firings = firings;
        return t;
    }

    private static String cut(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
