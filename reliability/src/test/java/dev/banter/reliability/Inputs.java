package dev.banter.reliability;

import dev.banter.api.BanterRuntime;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.api.message.MessageCodec;
import dev.banter.api.message.MessageFormatException;
import dev.banter.core.extension.Manifests;

/**
 * The parsers under fuzzing and what each may throw: shared by the jqwik properties and the Jazzer targets, so both
 * hold every input to the same rule.
 */
public final class Inputs {

    /** A valid manifest, the seed that mutations start from. */
    public static final String MANIFEST = """
            {"id": "tipgoal", "name": "Tip goal", "version": "1.2.0", "kind": "bot", "api": "banter/1",
             "main": "main.js", "types": ["tip", "chat.message"], "commands": ["goal"],
             "permissions": ["notice", "kv", "timers"],
             "settings": [{"name": "goal", "type": "int", "label": "Goal", "default": 100, "min": 1, "max": 100000},
                          {"name": "color", "type": "color", "label": "Colour", "required": false}],
             "limits": {"deadline": 10}}
            """;

    /** A valid encoded tip, the seed that mutations start from. */
    public static final String TIP = "{\"id\":\"m-1\",\"type\":\"tip\",\"room\":\"alice\",\"ts\":1767225600000,"
            + "\"sender\":{\"name\":\"bob\",\"roles\":[\"has-tokens\"],\"tipper\":\"tipped\",\"gender\":\"m\"},"
            + "\"payload\":{\"amount\":25,\"note\":\"hi\",\"anonymous\":false}}";

    private static volatile MessageCodec codec;

    private Inputs() {}

    /** The codec of a runtime with the built-in types, made once. */
    public static MessageCodec codec() {
        MessageCodec c = codec;
        if (c == null) {
            synchronized (Inputs.class) {
                if (codec == null) {
                    // never closed: its lane threads are daemons, and the codec needs nothing of them
                    @SuppressWarnings("resource")
                    BanterRuntime runtime = BanterRuntime.newBuilder().lanes(1).build();
                    codec = runtime.codec();
                }
                c = codec;
            }
        }
        return c;
    }

    /** Decodes {@code json}; anything but success or a {@link MessageFormatException} naming a path propagates. */
    public static void decode(byte[] json) {
        try {
            codec().decode(json);
        } catch (MessageFormatException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("a MessageFormatException without a message", e);
            }
        }
    }

    /** Parses a manifest; anything but success or a {@link ValidationException} naming path and value propagates. */
    public static void parseManifest(String json) {
        try {
            Manifests.parse(json);
        } catch (ValidationException e) {
            checkProblems(e);
        }
    }

    /** Each problem names a path and a value. */
    public static void checkProblems(ValidationException e) {
        if (e.problems().isEmpty()) {
            throw new AssertionError("a ValidationException without problems", e);
        }
        for (ValidationProblem p : e.problems()) {
            if (p.path().isBlank() || p.value().isEmpty() || p.expected().isBlank()) {
                throw new AssertionError("a problem without path, value or expectation: " + p, e);
            }
        }
    }
}
