package dev.banter.sdk.harness;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario: settings, the room, the clock's start, the kv before the first step, the steps and a final check.
 * See {@code docs/scenarios.md} for the file format {@link Scenarios#load} reads.
 *
 * @param name the name, by default the file name without {@code .yaml}
 * @param file the file as shown in messages
 * @param settings the settings values to install the extension with
 * @param room the room id, which is also its owner's name
 * @param start the virtual clock's start
 * @param kv the extension's kv before the first step, key to JSON text
 * @param steps the steps, in order
 * @param finalCheck what is expected after the last step
 * @since 0.4
 */
public record Scenario(
        String name,
        String file,
        Map<String, Object> settings,
        String room,
        Instant start,
        Map<String, String> kv,
        List<Step> steps,
        Expectation finalCheck) {

    /** The room of a scenario that names none. */
    public static final String DEFAULT_ROOM = "test-room";

    /** The clock's start in a scenario that names none. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finalCheck, "finalCheck");
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        kv = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kv));
        steps = List.copyOf(steps);
    }

    /** A scenario with defaults: no settings, room {@code test-room}, no kv, no final check. */
    public static Scenario of(String name, List<Step> steps) {
        return new Scenario(name, name, Map.of(), DEFAULT_ROOM, DEFAULT_START, Map.of(), steps, Expectation.NONE);
    }

    /** A copy with these settings. */
    public Scenario withSettings(Map<String, Object> values) {
        return new Scenario(name, file, values, room, start, kv, steps, finalCheck);
    }
}
