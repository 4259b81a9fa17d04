package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.ExtensionException;
import dev.banter.api.room.RoomId;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import dev.banter.api.spi.StateScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MigrateHookTest {

    private final Fixture fx = new Fixture();
    private final StateScope scope = new StateScope("tipgoal", RoomId.of("alice"));

    @AfterEach
    void close() {
        fx.close();
    }

    private ExtensionInstance load(String code) {
        return fx.sandbox.instantiate(fx.spec("alice", "tipgoal", code));
    }

    @Test
    void migrate_withoutAHook_runsNothing() {
        ExtensionInstance instance = load("banter.on('tip', (t, ctx) => ctx.kv.incr('total', t.amount));");

        assertThat(instance.migrate("1.0.0")).isFalse();
        assertThat(fx.store.keys(scope)).isEmpty();
    }

    @Test
    void migrate_runsTheHookWithTheOldVersionAndCommitsItsKvWrites() {
        fx.store.put(scope, "count", "41");
        ExtensionInstance instance = load("""
                banter.migrate((from, kv) => {
                  kv.set('total', (kv.get('count') || 0) + 1);
                  kv.delete('count');
                  kv.set('from', from);
                });
                banter.on('tip', (t, ctx) => ctx.kv.incr('total', t.amount));
                """);

        assertThat(instance.migrate("1.4.2")).isTrue();

        assertThat(fx.store.get(scope, "total")).hasValue("42");
        assertThat(fx.store.get(scope, "from")).hasValue("\"1.4.2\"");
        assertThat(fx.store.get(scope, "count")).isEmpty();
        instance.installInto(fx.room("alice"));
        fx.tip("alice", "bob", 8);
        assertThat(fx.store.get(scope, "total")).hasValue("50");
    }

    @Test
    void migrate_thatThrows_keepsNoneOfItsWrites() {
        fx.store.put(scope, "count", "41");
        ExtensionInstance instance = load("""
                banter.migrate((from, kv) => {
                  kv.set('total', 1);
                  throw new Error('cannot read the old layout of ' + from);
                });
                """);

        assertThatThrownBy(() -> instance.migrate("1.0.0"))
                .isInstanceOfSatisfying(
                        ExtensionException.class,
                        e -> assertThat(e.isGuestError()).isTrue())
                .hasMessageContaining("cannot read the old layout of 1.0.0");
        assertThat(fx.store.keys(scope)).containsExactly("count");
    }

    @Test
    void migrate_thatRunsForever_isStoppedByTheLoadDeadline() {
        ExtensionInstance instance = fx.sandbox.instantiate(
                fx.spec("alice", "tipgoal", "banter.migrate((from, kv) => { kv.set('a', 1); for (;;) {} });")
                        .withLimits(SandboxLimits.defaults().with(LimitKind.LOAD_DEADLINE, 100)));

        assertThatThrownBy(() -> instance.migrate("1.0.0"))
                .isInstanceOfSatisfying(
                        ExtensionException.class,
                        e -> assertThat(e.isLimitExceeded()).isTrue());
        assertThat(fx.store.keys(scope)).isEmpty();
    }

    @Test
    void migrate_mayUseOnlyTheKv() {
        ExtensionInstance instance = load("banter.migrate((from, kv) => { banter.on('tip', () => {}); });");

        assertThatThrownBy(() -> instance.migrate("1.0.0"))
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("must be called while the extension loads");
    }

    @Test
    void migrate_registeredTwiceOrWithoutAFunction_failsTheLoad() {
        assertThatThrownBy(() -> load("banter.migrate(() => {}); banter.migrate(() => {});"))
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("the migration hook is registered already");
        assertThatThrownBy(() -> load("banter.migrate(42);"))
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("banter.migrate(fn): fn must be a function");
    }

    @Test
    void migrate_fromAHandler_isAnError() {
        ExtensionInstance instance = load("banter.on('tip', (t, ctx) => { banter.migrate(() => {}); });");
        instance.installInto(fx.room("alice"));

        fx.tip("alice", "bob", 1);

        assertThat(instance.migrate("1.0.0")).isFalse();
    }
}
