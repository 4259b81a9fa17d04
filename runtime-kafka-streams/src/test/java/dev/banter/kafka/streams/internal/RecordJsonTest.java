package dev.banter.kafka.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Action;
import dev.banter.api.action.Audience;
import dev.banter.api.action.Ban;
import dev.banter.api.action.Custom;
import dev.banter.api.action.Mute;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeStyle;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.action.SetSubject;
import dev.banter.api.action.SetTipOptions;
import dev.banter.api.room.RoomId;
import dev.banter.api.spi.ActionEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

    private static String action(Action action) {
        ActionEnvelope envelope = new ActionEnvelope(RoomId.of("alice"), 7, "ext:tally", "m-1", action);
        return new String(RecordJson.action(envelope, "m-1/1"), StandardCharsets.UTF_8);
    }

    @Test
    void action_notice_carriesItsTargetAndStyle() {
        Notice notice = new Notice(
                "hi", NoticeTarget.group(Audience.MODERATORS), new NoticeStyle("#fff", null, NoticeStyle.Weight.BOLD));

        assertThat(action(notice))
                .isEqualTo("{\"id\":\"m-1/1\",\"room\":\"alice\",\"handler\":\"ext:tally\",\"message\":\"m-1\","
                        + "\"kind\":\"notice\",\"action\":{\"text\":\"hi\",\"toGroup\":\"moderators\","
                        + "\"background\":\"#fff\",\"weight\":\"bold\"}}");
    }

    @Test
    void action_otherKinds_carryTheirFields() {
        assertThat(action(new SetSubject("goal")))
                .contains("\"kind\":\"subject\"", "\"action\":{\"subject\":\"goal\"}");
        assertThat(action(new Mute("bob", Duration.ofMinutes(2), "spam")))
                .contains("\"action\":{\"user\":\"bob\",\"reason\":\"spam\",\"seconds\":120}");
        assertThat(action(new Ban("bob", "scam"))).contains("\"action\":{\"user\":\"bob\",\"reason\":\"scam\"}");
        assertThat(action(new SetTipOptions("pick", List.of("a", "b"))))
                .contains("\"action\":{\"label\":\"pick\",\"options\":[\"a\",\"b\"]}");
        assertThat(action(new Custom("panel", Map.of("row1", "x"))))
                .contains("\"action\":{\"name\":\"panel\",\"attributes\":{\"row1\":\"x\"}}");
    }

    @Test
    void invalidAndControl_sayWhatHappened() {
        assertThat(new String(RecordJson.invalid(null, "bad"), StandardCharsets.UTF_8))
                .isEqualTo("{\"status\":\"INVALID\",\"reason\":\"bad\"}");
        assertThat(new String(RecordJson.control("install", "alice", "tally", null), StandardCharsets.UTF_8))
                .isEqualTo("{\"control\":\"install\",\"room\":\"alice\",\"extension\":\"tally\",\"status\":\"DONE\"}");
    }
}
