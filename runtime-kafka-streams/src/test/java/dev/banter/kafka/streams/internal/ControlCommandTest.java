package dev.banter.kafka.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.action.Permission;
import dev.banter.api.extension.Version;
import dev.banter.api.room.RoomId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ControlCommandTest {

    private static final RoomId ROOM = RoomId.of("alice");

    private static ControlCommand parse(String command, String body) {
        return ControlCommand.parse(command, ROOM, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parse_install_readsEveryField() {
        ControlCommand c = parse("install", """
                {"extension": "tally", "version": "1.2.0", "actor": "ops",
                 "settings": {"goal": 500, "label": "tips", "loud": true, "words": ["a", "b"]},
                 "grants": ["notice", "kv"]}
                """);

        assertThat(c.extension()).isEqualTo("tally");
        assertThat(c.version()).isEqualTo(Version.parse("1.2.0"));
        assertThat(c.actor()).isEqualTo("ops");
        assertThat(c.settings())
                .containsEntry("goal", 500L)
                .containsEntry("label", "tips")
                .containsEntry("loud", true)
                .containsEntry("words", List.of("a", "b"));
        assertThat(c.grants()).isEqualTo(Set.of(Permission.NOTICE, Permission.KV));
    }

    @Test
    void parse_uninstall_needsNoVersionAndGrantsEveryDeclaredPermissionByDefault() {
        ControlCommand c = parse("uninstall", "{\"extension\": \"tally\", \"actor\": \"ops\"}");

        assertThat(c.settings()).isEmpty();
        assertThat(c.grants()).isNull();
        assertThatThrownBy(c::version).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void parse_unknownCommand_namesIt() {
        assertThatThrownBy(() -> parse("reboot", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("banter-control: expected one of [install, uninstall, settings], got 'reboot'");
    }

    @Test
    void parse_badFields_nameTheFieldAndTheValue() {
        assertThatThrownBy(() -> parse("install", "not json"))
                .hasMessage("control install: the value is not JSON: not json");
        assertThatThrownBy(() -> parse("install", "[1]"))
                .hasMessage("control install: expected a JSON object, got [1]");
        assertThatThrownBy(() -> parse("install", "{\"extension\": 7, \"actor\": \"ops\"}"))
                .hasMessage("control install.extension: expected a non-blank string, got 7");
        assertThatThrownBy(() -> parse("uninstall", "{\"extension\": \"tally\"}"))
                .hasMessage("control uninstall.actor: expected a non-blank string, got nothing");
        assertThatThrownBy(() -> parse("install", "{\"extension\": \"t\", \"actor\": \"o\", \"version\": \"one\"}"))
                .hasMessage("control install.version: expected a semantic version, got 'one'");
        assertThatThrownBy(
                        () -> parse("settings", "{\"extension\": \"t\", \"actor\": \"o\", \"settings\": {\"x\": 1.5}}"))
                .hasMessage("control settings.settings.x: expected a string, boolean, integer or list, got 1.5");
        assertThatThrownBy(() -> parse("uninstall", "{\"extension\": \"t\", \"actor\": \"o\", \"grants\": [\"fly\"]}"))
                .hasMessage("control uninstall.grants[0]: expected a permission name, got 'fly'");
    }
}
