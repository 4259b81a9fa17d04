package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.banter.api.metrics.MetricsSnapshot;
import dev.banter.api.room.RoomId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoRoomTest {

    @Test
    void run_oneSecond_printsActionsRejectsAndASummary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        MetricsSnapshot metrics = DemoRoom.run(new DemoRoom.Options(1, 100, 50), out);

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("[lobby #", "[arcade #", "notice to all: thanks ", ": welcome to ")
                .contains("rejected", "(banned word)", "== summary: 100 events")
                .contains("room lobby", "room arcade", "handler wordfilter", "handler tipcounter", "handler welcome")
                .contains("JavaScript extensions run compiled", "handler ext:calm")
                .contains("catalog: dice@1.0.0 published sha256:", "catalog: calm@1.0.0 published sha256:")
                .contains("lifecycle: install calm@1.0.0 in lobby by lobby: succeeded")
                .contains("lifecycle: install dice@1.0.0 in arcade by arcade: succeeded")
                .contains("delivered as modified", ": \"wow that was amazing\"", ": \"sooo good\"");
        long accepted =
                metrics.rooms().values().stream().mapToLong(r -> r.accepted()).sum();
        // the 100 simulated events, and one extension.start per extension installed (2 rooms x dice and calm)
        assertThat(accepted).isEqualTo(104);
        assertThat(metrics.rooms().get(RoomId.of("lobby")).rejected()).isPositive();
    }

    @Test
    void parse_defaultsAndOptions() {
        assertThat(DemoRoom.Options.parse()).isEqualTo(DemoRoom.Options.DEFAULT);
        assertThat(DemoRoom.Options.parse("--seconds", "3", "--rate", "50", "--goal", "7"))
                .isEqualTo(new DemoRoom.Options(3, 50, 7));
        assertThat(DemoRoom.Options.parse("--help")).isNull();
    }

    @Test
    void parse_badInput_saysWhatIsWrong() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DemoRoom.Options.parse("--seconds", "ten"))
                .withMessage("--seconds needs a whole number, got 'ten'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DemoRoom.Options.parse("--rate", "0"))
                .withMessage("--rate must be from 1 to 10000, got 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DemoRoom.Options.parse("--rate"))
                .withMessage("--rate needs a value");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DemoRoom.Options.parse("--fast"))
                .withMessage("unknown option '--fast'");
    }
}
