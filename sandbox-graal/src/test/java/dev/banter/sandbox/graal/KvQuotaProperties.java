package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Notice;
import dev.banter.api.handler.Outcome;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/** kv writes of arbitrary key and value sizes around the limits are accepted exactly when they fit. */
class KvQuotaProperties {

    private static final int KEY = 12;
    private static final int VALUE = 30;
    private static final int TOTAL = 120;
    private static final String CODE = Fixture.lines(
            "banter.on('chat.message', (m, ctx) => {",
            "  const out = [];",
            "  for (const op of m.body.split(' ')) {",
            "    const [k, v] = op.split(':').map(Number);",
            "    try { ctx.kv.set('k'.repeat(k), 'v'.repeat(v)); out.push('ok'); }",
            "    catch (e) { out.push(e instanceof RangeError ? 'no' : 'error ' + e); }",
            "  }",
            "  ctx.room.notice(out.join(','));",
            "});");

    private static Fixture fixture;
    private static final AtomicInteger ROOMS = new AtomicInteger();

    private static synchronized Fixture fixture() {
        if (fixture == null) {
            fixture = Hostile.fixture();
        }
        return fixture;
    }

    @AfterContainer
    static synchronized void closeFixture() {
        if (fixture != null) {
            fixture.close();
            fixture = null;
        }
    }

    @Property(tries = 40)
    void writesAreAcceptedIffWithinTheLimits(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = KEY + 3) Integer> keys,
            @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = VALUE + 2) Integer> values) {
        Fixture f = fixture();
        String room = "kv" + ROOMS.incrementAndGet();
        ExtensionInstance instance = f.install(f.spec(room, "kvprop", CODE)
                .withLimits(Hostile.EASY
                        .with(LimitKind.KV_KEY, KEY)
                        .with(LimitKind.KV_VALUE, VALUE)
                        .with(LimitKind.KV_TOTAL, TOTAL)));
        try {
            List<String> ops = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            Map<Integer, Integer> sizes = new HashMap<>();
            long total = 0;
            for (int i = 0; i < keys.size(); i++) {
                int k = keys.get(i);
                int json = values.get(i) + 2;
                ops.add(k + ":" + values.get(i));
                long after = total - sizes.getOrDefault(k, 0) + k + json;
                boolean fits = k <= KEY && json <= VALUE && after <= TOTAL;
                expected.add(fits ? "ok" : "no");
                if (fits) {
                    total = after;
                    sizes.put(k, k + json);
                }
            }
            Outcome out = f.chat(room, "alice", String.join(" ", ops));
            assertThat(out.actions()).containsExactly(Notice.toAll(String.join(",", expected)));
            assertThat(f.store.size(new dev.banter.api.spi.StateScope(
                            "kvprop", f.room(room).id())))
                    .isEqualTo(total);
        } finally {
            instance.uninstallFrom(f.room(room));
            instance.close();
        }
    }

    @Property(tries = 30)
    void limitsAboveTheMaximaAreRefusedAtInstantiation(
            @ForAll @IntRange(min = (1 << 16) - 8, max = (1 << 16) + 8) int keyLimit) {
        Fixture f = fixture();
        SandboxLimits asked = Hostile.EASY.with(LimitKind.KV_KEY, keyLimit);
        boolean allowed = keyLimit <= Hostile.MAXIMA.get(LimitKind.KV_KEY);
        try {
            f.sandbox
                    .instantiate(f.spec("kvmax", "kvmax", "// nothing").withLimits(asked))
                    .close();
            assertThat(allowed).as("instantiated with kv-key " + keyLimit).isTrue();
        } catch (IllegalArgumentException e) {
            assertThat(allowed).as(e.getMessage()).isFalse();
            assertThat(e).hasMessageContaining("limit 'kv-key' asks for " + keyLimit);
        }
    }
}
