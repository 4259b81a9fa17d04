package dev.banter.examples.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.room.Role;
import dev.banter.api.room.User;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleHostTest {

    private static final Path PROJECTS = Path.of("extensions");

    @TempDir
    Path catalog;

    /** A clock the test moves by hand, so mutes can expire without waiting. */
    private static final class Hand extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void say_appliesMutesAndBansFromTheWordFilter_andRefusesMutedUsersItself() {
        Hand clock = new Hand();
        try (ExampleHost host = ExampleHost.start(catalog, clock)) {
            host.publish(PROJECTS.resolve("word-filter"));
            host.install("alice", "word-filter", Map.of("muteSeconds", 60));
            host.enter("alice", User.viewer("bob"));

            boolean hello = host.say("alice", User.viewer("bob"), "hello");
            boolean scam = host.say("alice", User.viewer("bob"), "buy scamcoin");
            boolean muted = host.say("alice", User.viewer("bob"), "sorry");
            clock.now.set(clock.now.get().plus(Duration.ofSeconds(61)));
            boolean later = host.say("alice", User.viewer("bob"), "sorry, really");

            assertThat(hello).isTrue();
            assertThat(scam).isFalse();
            assertThat(muted).isFalse();
            assertThat(later).isTrue();
            ExampleHost.RoomView room = host.view("alice");
            assertThat(room.mutedUntil()).containsOnlyKeys("bob");
            assertThat(room.transcript()).containsExactly("bob: hello", "bob: sorry, really");
        }
    }

    @Test
    void ban_removesTheUserAndKeepsThemOut() {
        try (ExampleHost host = ExampleHost.start(catalog)) {
            host.publish(PROJECTS.resolve("word-filter"));
            host.install("alice", "word-filter", Map.of("punishment", "ban"));
            host.enter("alice", User.viewer("bob"));

            host.say("alice", User.viewer("bob"), "scamcoin!");

            assertThat(host.view("alice").banned()).containsExactly("bob");
            assertThat(host.view("alice").present()).doesNotContain("bob");
            assertThat(host.enter("alice", User.viewer("bob"))).isFalse();
            assertThat(host.say("alice", User.viewer("bob"), "let me in")).isFalse();
        }
    }

    @Test
    void tip_setsTheSubjectAndShowsTheThanks() {
        try (ExampleHost host = ExampleHost.start(catalog)) {
            host.publish(PROJECTS.resolve("tip-goal"));
            host.install("alice", "tip-goal", Map.of("goal", 100));

            host.tip("alice", User.viewer("carol"), 40, "hi");
            host.say("alice", User.of("alice", Role.OWNER), "thanks carol");

            ExampleHost.RoomView room = host.view("alice");
            assertThat(room.subject()).isEqualTo("Tip goal: 40/100");
            assertThat(room.transcript()).containsExactly("[notice to carol] Thank you carol!", "alice: thanks carol");
        }
    }
}
