package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Action;
import dev.banter.api.action.Ban;
import dev.banter.api.action.Warn;
import dev.banter.api.handler.Outcome;
import dev.banter.api.room.RoomId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The Java port against the JavaScript reference: both run over {@code corpus-5000-42.tsv}
 * ({@code node gen_messages.js 5000 42}); the reference's counts are in {@code wordfilter-5000-42.properties}, written
 * by {@code wordfilter-reference.js}, which runs {@code w1_wordfilter.js}'s {@code handle} in Node.js.
 */
class WordFilterEquivalenceTest {

    private static final int ROOMS = 16;

    @Test
    void handle_overTheCorpus_givesTheReferenceCounts() {
        List<Corpus.Line> corpus = Corpus.read("corpus-5000-42.tsv");
        Properties expected = Corpus.properties("wordfilter-5000-42.properties");
        Recorder sink = new Recorder();
        List<Outcome> outcomes = new ArrayList<>();
        try (BanterRuntime runtime =
                BanterRuntime.newBuilder().lanes(2).actionSink(sink).build()) {
            for (int r = 0; r < ROOMS; r++) {
                runtime.openRoom(RoomId.of("room" + r)).install(WordFilter.spec());
            }
            List<CompletableFuture<Outcome>> pending = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                RoomId room = RoomId.of("room" + (i % ROOMS));
                pending.add(
                        runtime.submit(corpus.get(i).toMessage("m" + i, room)).toCompletableFuture());
            }
            pending.forEach(f -> outcomes.add(f.join()));
        }

        List<Action> actions =
                outcomes.stream().flatMap(o -> o.actions().stream()).toList();
        assertThat(outcomes).hasSize(count(expected, "messages"));
        assertThat(corpus.stream().filter(Corpus.Line::isChat)).hasSize(count(expected, "chat"));
        assertThat(outcomes.stream().map(Outcome::status))
                .containsOnly(Outcome.Status.DELIVERED, Outcome.Status.REJECTED);
        assertThat(outcomes.stream().filter(o -> o.status() == Outcome.Status.REJECTED))
                .hasSize(count(expected, "rejected"));
        assertThat(actions.stream().filter(Ban.class::isInstance)).hasSize(count(expected, "ban"));
        assertThat(actions.stream().filter(Warn.class::isInstance)).hasSize(count(expected, "warn"));
        assertThat(actions.stream()
                        .filter(a -> a instanceof Warn w && w.reason().equals("link")))
                .hasSize(count(expected, "warnLink"));
        assertThat(actions.stream()
                        .filter(a -> a instanceof Warn w && w.reason().equals("banned word")))
                .hasSize(count(expected, "warnWord"));
        assertThat(sink.actions()).hasSameSizeAs(actions);
    }

    private static int count(Properties expected, String key) {
        return Integer.parseInt(expected.getProperty(key));
    }
}
