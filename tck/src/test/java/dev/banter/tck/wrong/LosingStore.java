package dev.banter.tck.wrong;

import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import dev.banter.core.state.InMemoryStateStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Wrong on purpose: silently drops every third {@code put}. */
public final class LosingStore implements StateStore {

    private final InMemoryStateStore real = new InMemoryStateStore();
    private final AtomicInteger puts = new AtomicInteger();

    @Override
    public void put(StateScope scope, String key, String json) {
        if (puts.incrementAndGet() % 3 != 0) {
            real.put(scope, key, json);
        }
    }

    @Override
    public Optional<String> get(StateScope scope, String key) {
        return real.get(scope, key);
    }

    @Override
    public boolean delete(StateScope scope, String key) {
        return real.delete(scope, key);
    }

    @Override
    public List<String> keys(StateScope scope) {
        return real.keys(scope);
    }

    @Override
    public long size(StateScope scope) {
        return real.size(scope);
    }

    @Override
    public void clear(StateScope scope) {
        real.clear(scope);
    }

    @Override
    public void close() {
        real.close();
    }
}
