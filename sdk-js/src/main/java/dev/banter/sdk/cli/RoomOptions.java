package dev.banter.sdk.cli;

import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.Scenario;
import dev.banter.sdk.harness.SimulatedRoom;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The options of commands that open a simulated room: its settings and its owner. */
final class RoomOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(
            names = {"-s", "--setting"},
            paramLabel = "NAME=VALUE",
            description = "a settings value (JSON, or else text), repeatable: -s goal=500 -s thanks='Thank you!'")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(
            names = "--room",
            paramLabel = "NAME",
            description = "the room, also its owner's name (default: " + Scenario.DEFAULT_ROOM + ")")
    String room = Scenario.DEFAULT_ROOM;

    SimulatedRoom.Builder builder(ExtensionProject project) {
        Map<String, Object> values = new LinkedHashMap<>();
        settings.forEach((k, v) -> values.put(k, value(v)));
        return SimulatedRoom.newBuilder(project).settings(values).owner(room);
    }

    private static Object value(String text) {
        try {
            Object v = JSON.readValue(text, Object.class);
            return v instanceof Integer i ? Long.valueOf(i) : v == null ? text : v;
        } catch (JacksonException e) {
            return text;
        }
    }
}
