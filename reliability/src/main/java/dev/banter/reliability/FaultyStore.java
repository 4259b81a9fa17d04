package dev.banter.reliability;

import dev.banter.api.spi.StateChanges;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.StateStoreException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link StateStore} over another that misbehaves on command: every call slow, every call failing, or writes
 * refused as by a full disk while reads go on.
 *
 * <p>Failures are {@link StateStoreException}s naming the scope, as the contract asks of a real store; a refused write
 * changes nothing in the store underneath. Thread-safe as the store it wraps.
 *
 * @since 0.3
 */
public final class FaultyStore implements StateStore {

    /** How the store behaves now. */
    public enum Mode {
        /** Passes every call through. */
        OK,
        /** Sleeps before every call, then passes it through. */
        SLOW,
        /** Fails every call, reads included, as an unreachable remote store would. */
        FAIL,
        /** Fails every write with "No space left on device"; reads go on. */
        DISK_FULL
    }

    private final StateStore delegate;
    private final AtomicLong refused = new AtomicLong();
    private volatile Mode mode = Mode.OK;
    private volatile long delayNanos;

    /** Wraps {@code delegate}, passing every call through until told otherwise. */
    public FaultyStore(StateStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Passes every call through from now on. */
    public FaultyStore heal() {
        mode = Mode.OK;
        return this;
    }

    /** Sleeps {@code each} before every call. */
    public FaultyStore slow(Duration each) {
        if (each.isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0, was " + each);
        }
        delayNanos = each.toNanos();
        mode = Mode.SLOW;
        return this;
    }

    /** Fails every call. */
    public FaultyStore fail() {
        mode = Mode.FAIL;
        return this;
    }

    /** Fails every write as a full disk does; reads go on. */
    public FaultyStore diskFull() {
        mode = Mode.DISK_FULL;
        return this;
    }

    /** The current mode. */
    public Mode mode() {
        return mode;
    }

    /** How many calls were refused so far. */
    public long refused() {
        return refused.get();
    }

    @Override
    public Optional<String> get(StateScope scope, String key) {
        before(scope, false);
        return delegate.get(scope, key);
    }

    @Override
    public void put(StateScope scope, String key, String json) {
        before(scope, true);
        delegate.put(scope, key, json);
    }

    @Override
    public boolean delete(StateScope scope, String key) {
        before(scope, true);
        return delegate.delete(scope, key);
    }

    @Override
    public void write(StateScope scope, StateChanges changes) {
        before(scope, true);
        delegate.write(scope, changes);
    }

    @Override
    public List<String> keys(StateScope scope) {
        before(scope, false);
        return delegate.keys(scope);
    }

    @Override
    public long size(StateScope scope) {
        before(scope, false);
        return delegate.size(scope);
    }

    @Override
    public void clear(StateScope scope) {
        before(scope, true);
        delegate.clear(scope);
    }

    @Override
    public void close() {
        delegate.close();
    }

    private void before(StateScope scope, boolean write) {
        switch (mode) {
            case OK -> {}
            case SLOW -> sleep();
            case FAIL -> refuse("injected store failure (store unreachable)", scope);
            case DISK_FULL -> {
                if (write) {
                    refuse("injected store failure: No space left on device", scope);
                }
            }
        }
    }

    private void refuse(String what, StateScope scope) {
        refused.incrementAndGet();
        throw new StateStoreException(what + " for scope " + scope);
    }

    private void sleep() {
        try {
            TimeUnit.NANOSECONDS.sleep(delayNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StateStoreException("interrupted while an injected delay ran");
        }
    }

    @Override
    public String toString() {
        return "FaultyStore[" + mode + " over " + delegate + "]";
    }
}
