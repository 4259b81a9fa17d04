package dev.banter.sdk.cli;

import tools.jackson.databind.json.JsonMapper;

/** The CLI's JSON output: compact, keys in insertion order. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
