package dev.banter.sandbox.graal;

import static dev.banter.sandbox.graal.Fixture.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Notice;
import dev.banter.api.handler.Outcome;
import dev.banter.api.handler.VerdictKind;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.spi.StateChanges;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.StateStoreException;
import dev.banter.core.state.InMemoryStateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StateFailureTest {

    private final Fixture f = new Fixture();
    private final FlakyStore store = new FlakyStore();

    @AfterEach
    void close() {
        f.close();
    }

    private void install(String id, String code) {
        InstanceSpec s = f.spec("r1", id, code);
        f.install(new InstanceSpec(
                s.source(),
                s.room(),
                s.worker(),
                s.settings(),
                store,
                s.limits(),
                s.policy(),
                s.permissions(),
                s.slot()));
    }

    private String total(String id) {
        return store.get(new StateScope(id, f.room("r1").id()), "total").orElse(null);
    }

    @Test
    void succeeded_writesTheInvocationsKvInOneAtomicWrite() {
        install(
                "goal",
                lines(
                        "banter.on('tip', (t, ctx) => {",
                        "  ctx.kv.incr('total', t.amount);",
                        "  ctx.kv.set('last', t.user.name);",
                        "  ctx.kv.delete('none');",
                        "});"));

        f.tip("r1", "alice", 10);

        assertThat(store.writes).hasSize(1);
        assertThat(store.writes.get(0).puts()).containsOnlyKeys("total", "last");
        assertThat(store.writes.get(0).deletes()).containsExactly("none");
    }

    @Test
    void storeFailingToWrite_failsTheInvocationVisiblyAndDiscardsItsEffects() {
        install(
                "goal",
                lines(
                        "banter.on('tip', (t, ctx) => {",
                        "  const total = ctx.kv.incr('total', t.amount);",
                        "  ctx.room.notice('total ' + total);",
                        "});"));
        f.tip("r1", "alice", 10);

        store.failWrites = true;
        Outcome failed = f.tip("r1", "bob", 7);
        store.failWrites = false;
        Outcome after = f.tip("r1", "carol", 5);

        assertThat(failed.actions()).isEmpty();
        assertThat(failed.trace()).singleElement().satisfies(t -> {
            assertThat(t.verdict()).isEqualTo(VerdictKind.FAILED);
            assertThat(t.failure())
                    .contains("extension 'goal' could not save its state on tip")
                    .contains("disk full at state.db");
        });
        assertThat(after.actions()).containsExactly(Notice.toAll("total 15"));
        assertThat(total("goal")).isEqualTo("15");
    }

    @Test
    void storeFailingToRead_failsTheInvocationEvenIfTheExtensionCatchesIt() {
        install(
                "goal",
                lines(
                        "banter.on('tip', (t, ctx) => {",
                        "  let total = 0;",
                        "  try { total = ctx.kv.get('total') || 0; } catch (e) { /* and start again from zero */ }",
                        "  ctx.kv.set('total', total + t.amount);",
                        "});"));

        store.failReads = true;
        Outcome failed = f.tip("r1", "bob", 7);
        store.failReads = false;
        f.tip("r1", "alice", 10);

        assertThat(failed.trace()).singleElement().satisfies(t -> {
            assertThat(t.verdict()).isEqualTo(VerdictKind.FAILED);
            assertThat(t.failure())
                    .contains("extension 'goal' could not")
                    .contains("its writes and actions were discarded")
                    .contains("cannot read state.db");
        });
        assertThat(total("goal")).isEqualTo("10");
    }

    /** An in-memory store whose reads or writes fail on demand. */
    private static final class FlakyStore implements StateStore {
        private final InMemoryStateStore delegate = new InMemoryStateStore();
        final List<StateChanges> writes = new ArrayList<>();
        volatile boolean failWrites;
        volatile boolean failReads;

        private void read() {
            if (failReads) {
                throw new StateStoreException("cannot read state.db");
            }
        }

        @Override
        public Optional<String> get(StateScope scope, String key) {
            read();
            return delegate.get(scope, key);
        }

        @Override
        public void put(StateScope scope, String key, String json) {
            write(scope, new StateChanges(java.util.Map.of(key, json), java.util.Set.of()));
        }

        @Override
        public boolean delete(StateScope scope, String key) {
            throw new AssertionError("the sandbox deletes through write()");
        }

        @Override
        public void write(StateScope scope, StateChanges changes) {
            if (failWrites) {
                throw new StateStoreException("disk full at state.db");
            }
            writes.add(changes);
            delegate.write(scope, changes);
        }

        @Override
        public List<String> keys(StateScope scope) {
            read();
            return delegate.keys(scope);
        }

        @Override
        public long size(StateScope scope) {
            read();
            return delegate.size(scope);
        }

        @Override
        public void clear(StateScope scope) {
            delegate.clear(scope);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
