package dev.banter.tck;

import dev.banter.api.spi.StateStore;
import dev.banter.state.mvstore.MvStoreStateStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** state-mvstore's durable store passes the store verification, durability included. */
class MvStoreVerificationTest extends StateStoreVerification {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state.mv.db");
    }

    @Override
    protected StateStore newStore() {
        return MvStoreStateStore.open(file());
    }

    @Override
    protected StateStore reopen(StateStore store) {
        store.close();
        return MvStoreStateStore.open(file());
    }
}
