package dev.banter.state.mvstore;

import dev.banter.api.spi.StateChanges;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.StateStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.LongDataType;
import org.h2.mvstore.type.StringDataType;
import org.jspecify.annotations.Nullable;

/**
 * A durable {@link StateStore} in one file, on H2's MVStore: every write is committed and synced to disk before it
 * returns, and a write of several keys is one commit, so after a crash a scope is as it was before or after it.
 *
 * <p>Opening the file recovers it: MVStore appends each commit as a checksummed chunk and on open falls back to the
 * last complete one, so a write that was cut off by a crash is simply absent. The file is locked while it is open;
 * a second store (in this or another process) on the same file fails to open.
 *
 * <p>Threading: reads never wait. Writes of different scopes apply their changes one at a time under a short lock,
 * then share the commit and the disk sync (a group commit): a write waits at most for the sync that was running when
 * it arrived and the one after it.
 *
 * <p>Failures: if the disk is full or the file cannot be written, the write throws a {@link StateStoreException}
 * naming the file, and from then on every call does (the in-memory view may hold changes that never reached the
 * disk); close the store and open the file again to continue from the last durable state.
 *
 * <pre>{@code
 * try (MvStoreStateStore state = MvStoreStateStore.open(Path.of("/var/lib/banter/state.mv.db"))) {
 *     // pass it to InstanceSpec.of(..., state, ...) for every extension instance
 * }
 * }</pre>
 *
 * @since 0.2
 */
public final class MvStoreStateStore implements StateStore {

    private final String fileName;
    private final MVStore mv;
    // "room/length:owner/" + key -> JSON; the prefix is unambiguous because room ids have no '/'
    private final MVMap<String, String> entries;
    // scope prefix -> the chars of the scope's keys and values, committed with them
    private final MVMap<String, Long> sizes;
    // held while changes are applied to the maps, and while they are committed, so a commit has whole writes only
    private final ReentrantLock applying = new ReentrantLock();
    private final ReentrantLock syncing = new ReentrantLock();
    private long applied;
    private volatile long durable;
    private volatile @Nullable RuntimeException broken;
    private volatile boolean closed;

    private MvStoreStateStore(String fileName, MVStore mv) {
        this.fileName = fileName;
        this.mv = mv;
        this.entries = mv.openMap(
                "entries",
                new MVMap.Builder<String, String>()
                        .keyType(StringDataType.INSTANCE)
                        .valueType(StringDataType.INSTANCE));
        this.sizes = mv.openMap(
                "sizes",
                new MVMap.Builder<String, Long>()
                        .keyType(StringDataType.INSTANCE)
                        .valueType(LongDataType.INSTANCE));
    }

    /**
     * Opens (or creates) the store in {@code file}, recovering it to its last complete commit; missing parent
     * directories are created.
     *
     * @throws StateStoreException naming the file, if it cannot be created, read or locked, or is not a store
     */
    public static MvStoreStateStore open(Path file) {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath();
        Path parent = absolute.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StateStoreException("cannot create the directory of the state store " + absolute + ": " + e, e);
        }
        return open(absolute.toString());
    }

    /** Opens a store by MVStore file name, which may carry a file-system prefix (tests use a failing one). */
    static MvStoreStateStore open(String fileName) {
        MVStore mv = null;
        try {
            mv = new MVStore.Builder().fileName(fileName).autoCommitDisabled().open();
            return new MvStoreStateStore(fileName, mv);
        } catch (RuntimeException e) {
            if (mv != null) {
                mv.closeImmediately();
            }
            throw new StateStoreException("cannot open the state store " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** The file the store lives in. */
    public String fileName() {
        return fileName;
    }

    @Override
    public Optional<String> get(StateScope scope, String key) {
        Objects.requireNonNull(key, "key");
        String prefix = readable(scope);
        try {
            return Optional.ofNullable(entries.get(prefix + key));
        } catch (RuntimeException e) {
            throw failed("read", scope, e);
        }
    }

    @Override
    public void put(StateScope scope, String key, String json) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(json, "json");
        change(scope, Map.of(key, json), List.of());
    }

    @Override
    public boolean delete(StateScope scope, String key) {
        Objects.requireNonNull(key, "key");
        return change(scope, Map.of(), List.of(key));
    }

    @Override
    public void write(StateScope scope, StateChanges changes) {
        Objects.requireNonNull(changes, "changes");
        readable(scope);
        if (!changes.isEmpty()) {
            change(scope, changes.puts(), changes.deletes());
        }
    }

    @Override
    public List<String> keys(StateScope scope) {
        String prefix = readable(scope);
        try {
            List<String> keys = new ArrayList<>();
            Cursor<String, String> cursor = entries.cursor(prefix);
            while (cursor.hasNext()) {
                String stored = cursor.next();
                if (!stored.startsWith(prefix)) {
                    break;
                }
                keys.add(stored.substring(prefix.length()));
            }
            return keys;
        } catch (RuntimeException e) {
            throw failed("read", scope, e);
        }
    }

    @Override
    public long size(StateScope scope) {
        String prefix = readable(scope);
        try {
            Long size = sizes.get(prefix);
            return size == null ? 0 : size;
        } catch (RuntimeException e) {
            throw failed("read", scope, e);
        }
    }

    @Override
    public void clear(StateScope scope) {
        List<String> keys = keys(scope);
        if (!keys.isEmpty()) {
            change(scope, Map.of(), keys);
        }
    }

    /** Commits and closes the file; a store that failed is closed without writing anything more. */
    @Override
    public void close() {
        syncing.lock();
        applying.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (broken != null) {
                mv.closeImmediately();
            } else {
                mv.close();
            }
        } catch (RuntimeException e) {
            throw new StateStoreException("cannot close the state store " + fileName + ": " + e.getMessage(), e);
        } finally {
            applying.unlock();
            syncing.unlock();
        }
    }

    /** Applies the changes, then waits until a commit that holds them is synced; answers whether a delete hit. */
    private boolean change(StateScope scope, Map<String, String> puts, Collection<String> deletes) {
        String prefix = readable(scope);
        boolean removed = false;
        long sequence;
        applying.lock();
        try {
            usable();
            long delta = 0;
            for (Map.Entry<String, String> e : puts.entrySet()) {
                String key = e.getKey();
                String json = e.getValue();
                String old = entries.put(prefix + key, json);
                delta += old == null ? key.length() + json.length() : json.length() - old.length();
            }
            for (String key : deletes) {
                String old = entries.remove(prefix + key);
                if (old != null) {
                    removed = true;
                    delta -= key.length() + old.length();
                }
            }
            if (delta != 0) {
                long size = sizeOf(prefix) + delta;
                if (size == 0) {
                    sizes.remove(prefix);
                } else {
                    sizes.put(prefix, size);
                }
            }
            sequence = ++applied;
        } catch (RuntimeException e) {
            throw broke("write", scope, e);
        } finally {
            applying.unlock();
        }
        makeDurable(sequence, scope);
        return removed;
    }

    private long sizeOf(String prefix) {
        Long size = sizes.get(prefix);
        return size == null ? 0 : size;
    }

    // Group commit: whoever holds the sync lock commits everything applied so far, so writers that queued behind
    // it usually find their changes already durable.
    private void makeDurable(long sequence, StateScope scope) {
        syncing.lock();
        try {
            if (durable >= sequence) {
                return;
            }
            usable();
            long target;
            applying.lock();
            try {
                target = applied;
                mv.commit();
            } finally {
                applying.unlock();
            }
            mv.sync();
            durable = target;
        } catch (StateStoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw broke("commit", scope, e);
        } finally {
            syncing.unlock();
        }
    }

    private String readable(StateScope scope) {
        Objects.requireNonNull(scope, "scope");
        if (closed) {
            throw new IllegalStateException("the state store " + fileName + " is closed");
        }
        usable();
        return prefix(scope);
    }

    private void usable() {
        RuntimeException cause = broken;
        if (cause != null) {
            throw new StateStoreException(
                    "the state store " + fileName + " failed earlier and accepts no more calls; reopen it to continue"
                            + " from its last durable state. The failure: " + cause.getMessage(),
                    cause);
        }
    }

    private StateStoreException broke(String what, StateScope scope, RuntimeException e) {
        if (e instanceof StateStoreException sse) {
            return sse;
        }
        broken = e;
        return failed(what, scope, e);
    }

    private StateStoreException failed(String what, StateScope scope, RuntimeException e) {
        if (e instanceof StateStoreException sse) {
            return sse;
        }
        return new StateStoreException(
                "the state store " + fileName + " could not " + what + " the state of '" + scope.owner() + "' in room "
                        + scope.room().value() + ": " + e.getMessage(),
                e);
    }

    private static String prefix(StateScope scope) {
        String owner = scope.owner();
        return scope.room().value() + '/' + owner.length() + ':' + owner + '/';
    }
}
