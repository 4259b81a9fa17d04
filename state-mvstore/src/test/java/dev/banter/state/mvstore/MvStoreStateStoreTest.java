package dev.banter.state.mvstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.spi.StateStore;
import dev.banter.api.spi.StateStoreException;
import dev.banter.core.state.StateStoreContract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MvStoreStateStoreTest extends StateStoreContract {

    /** Under target/, so that the build's clean removes what the tests leave. */
    static Path newDirectory() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "state-tests"));
        return Files.createTempDirectory(root, "store");
    }

    @Override
    protected StateStore newStore() throws Exception {
        return MvStoreStateStore.open(newDirectory().resolve("state.mv.db"));
    }

    @Override
    protected StateStore reopen(StateStore store) {
        String file = ((MvStoreStateStore) store).fileName();
        store.close();
        return MvStoreStateStore.open(Path.of(file));
    }

    @Test
    void open_createsMissingDirectories() throws Exception {
        Path file = newDirectory().resolve("a/b/state.mv.db");

        try (MvStoreStateStore s = MvStoreStateStore.open(file)) {
            s.put(scope, "k", "1");
        }

        assertThat(file).isRegularFile();
    }

    @Test
    void open_onADirectory_failsNamingThePath() throws Exception {
        Path directory = newDirectory();

        assertThatThrownBy(() -> MvStoreStateStore.open(directory))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(directory.toAbsolutePath().toString());
    }

    @Test
    void open_whileAnotherStoreHasTheFile_failsNamingTheFile() {
        String file = ((MvStoreStateStore) store).fileName();

        assertThatThrownBy(() -> MvStoreStateStore.open(Path.of(file)))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file);
    }

    @Test
    void open_onAFileThatIsNotAStore_failsNamingTheFile() throws Exception {
        Path file = Files.writeString(newDirectory().resolve("notes.txt"), "not a store ".repeat(1000));

        assertThatThrownBy(() -> MvStoreStateStore.open(file))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toAbsolutePath().toString());
    }
}
