package dev.banter.kafka.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.banter.api.room.RoomId;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ControlCommandProperties {

    private static final RoomId ROOM = RoomId.of("alice");

    @Property(tries = 300)
    void parse_anyBody_parsesOrFailsWithAnIllegalArgumentNamingTheCommand(@ForAll("bodies") String body) {
        assertThatCode(() -> {
                    try {
                        ControlCommand.parse("settings", ROOM, body.getBytes(StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException e) {
                        assertThat(e.getMessage()).startsWith("control settings");
                    }
                })
                .doesNotThrowAnyException();
    }

    @Property(tries = 200)
    void parse_wellFormedInstall_keepsWhatWasWritten(
            @ForAll("ids") String extension,
            @ForAll("ids") String actor,
            @ForAll long goal,
            @ForAll("ids") String label) {
        String body = "{\"extension\": \"" + extension + "\", \"version\": \"1.0.0\", \"actor\": \"" + actor
                + "\", \"settings\": {\"goal\": " + goal + ", \"label\": \"" + label + "\"}}";

        ControlCommand c = ControlCommand.parse("install", ROOM, body.getBytes(StandardCharsets.UTF_8));

        assertThat(c.extension()).isEqualTo(extension);
        assertThat(c.actor()).isEqualTo(actor);
        assertThat(c.settings()).containsEntry("goal", goal).containsEntry("label", label);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('-', '_')
                .ofMinLength(1)
                .ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> fragments = Arbitraries.of(
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"extension\"",
                "\"actor\"",
                "\"settings\"",
                "\"grants\"",
                "\"x\"",
                "1",
                "1.5",
                "true",
                "null",
                "\"kv\"",
                " ");
        return fragments.list().ofMaxSize(14).map(parts -> String.join("", parts));
    }
}
