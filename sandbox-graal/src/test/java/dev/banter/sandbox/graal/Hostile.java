package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Notice;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.TraceEntry;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.LimitViolation;
import dev.banter.api.sandbox.SandboxLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the hostile-extension tests share: generous maxima, tight hostile limits, a benign witness, checks. */
final class Hostile {

    /** Room of the benign witness extension. */
    static final String CALM = "calm";

    /** Maxima high enough for every limit the tests ask for. */
    static final SandboxLimits MAXIMA = SandboxLimits.defaults()
            .with(LimitKind.DEADLINE, 10_000)
            .with(LimitKind.LOAD_DEADLINE, 10_000)
            .with(LimitKind.STATEMENTS, 1L << 40)
            .with(LimitKind.ALLOCATION, 1L << 32)
            .with(LimitKind.KV_KEY, 1 << 16)
            .with(LimitKind.KV_VALUE, 64L << 20)
            .with(LimitKind.KV_TOTAL, 256L << 20);

    /**
     * Short deadlines for hostile code. The load deadline (which a fresh context's first calls also get) leaves room
     * for a cold context on a busy two-core machine.
     */
    static final SandboxLimits TIGHT = SandboxLimits.defaults()
            .with(LimitKind.DEADLINE, 50)
            .with(LimitKind.LOAD_DEADLINE, 1_000)
            .with(LimitKind.STATEMENTS, 1L << 40);

    /** Limits no benign extension comes near, so a busy machine never fails the witness. */
    static final SandboxLimits EASY =
            SandboxLimits.defaults().with(LimitKind.DEADLINE, 5_000).with(LimitKind.LOAD_DEADLINE, 5_000);

    static final String WITNESS = "banter.on('chat.message', (m, ctx) => ctx.room.notice('ok ' + m.body));";

    private Hostile() {}

    static Fixture fixture() {
        return new Fixture(c -> c.withMaxima(MAXIMA));
    }

    /** Installs the benign witness in {@link #CALM}. */
    static ExtensionInstance witness(Fixture f) {
        return f.install(f.spec(CALM, "witness", WITNESS).withLimits(EASY));
    }

    /** The witness in another room still handles messages, after whatever the hostile one did. */
    static void assertWitnessWorks(Fixture f) {
        Outcome out = f.chat(CALM, "carol", "ping");
        assertThat(out.status()).isEqualTo(Outcome.Status.DELIVERED);
        assertThat(out.actions()).containsExactly(Notice.toAll("ok ping"));
    }

    /** Installs hostile code under tight limits (or the given ones) in room {@code hostile}. */
    static ExtensionInstance hostile(Fixture f, String id, String code, SandboxLimits limits) {
        return f.install(f.spec("hostile", id, code).withLimits(limits));
    }

    static Outcome chat(Fixture f, String body) {
        return f.chat("hostile", "mallory", body);
    }

    /**
     * Every failed step of the outcome is a contained {@code ExtensionException}: no other host exception type, and
     * the failure text stays short.
     */
    static Outcome assertContained(Outcome out) {
        for (TraceEntry t : out.trace()) {
            if (t.verdict() == VerdictKind.FAILED) {
                assertThat(t.failure())
                        .as("failure of %s", t.handlerId())
                        .startsWith("handler '" + t.handlerId() + "' threw dev.banter.api.ExtensionException: ")
                        .hasSizeLessThan(1_000);
            }
        }
        return out;
    }

    /** The one failure of an outcome with a single failed step, checked to be contained. */
    static String failure(Outcome out) {
        assertContained(out);
        List<TraceEntry> failed = out.trace().stream()
                .filter(t -> t.verdict() == VerdictKind.FAILED)
                .toList();
        assertThat(failed).as("failed steps of %s", out.trace()).hasSize(1);
        return failed.get(0).failure();
    }

    /** The violations of that kind by that extension, each with its measure beyond its limit. */
    static List<LimitViolation> violations(Fixture f, LimitKind kind, String extension) {
        List<LimitViolation> found = f.violations.stream()
                .filter(v -> v.limit() == kind && v.extension().equals(extension))
                .toList();
        for (LimitViolation v : found) {
            assertBeyond(v);
            assertThat(v.room().value()).isEqualTo("hostile");
        }
        return found;
    }

    /** A violation's measure is past its limit: above it, or below it for the minimum timer interval. */
    static void assertBeyond(LimitViolation v) {
        if (v.limit() == LimitKind.TIMER_INTERVAL) {
            assertThat(v.measured()).as(v.describe()).isLessThan(v.limitValue());
        } else {
            assertThat(v.measured()).as(v.describe()).isGreaterThan(v.limitValue());
        }
    }

    /** A deadline violation stopped close to its limit: the watchdog and the interrupt add little. */
    static void assertStoppedInTime(LimitViolation v) {
        assertThat(v.measured()).as(v.describe()).isLessThan(v.limitValue() + 2_000);
    }

    /** The {@code // tries:} and {@code // expect:} header of a hostile file, continuation lines joined. */
    static Map<String, String> header(String code) {
        Map<String, String> out = new LinkedHashMap<>();
        String key = null;
        for (String line : code.split("\n")) {
            if (!line.startsWith("// ")) {
                break;
            }
            String text = line.substring(3).strip();
            if (text.startsWith("tries:") || text.startsWith("expect:")) {
                key = text.substring(0, text.indexOf(':'));
                out.put(key, text.substring(key.length() + 1).strip());
            } else if (key != null) {
                out.merge(key, text, (a, b) -> a + " " + b);
            }
        }
        return out;
    }

    /** The {@code .js} files of a directory, sorted by name. */
    static List<Path> scripts(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".js"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
