package dev.banter.state.mvstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.room.RoomId;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is particular to the MVStore store: opening files. The behaviour every store shares is checked by the TCK's
 * {@code StateStoreVerification}, which the {@code tck} module runs against this store.
 */
class MvStoreStateStoreTest {

    private final StateScope scope = new StateScope("tipgoal", RoomId.of("lobby"));
    private MvStoreStateStore store;

    /** Under target/, so that the build's clean removes what the tests leave. */
    static Path newDirectory() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "state-tests"));
        return Files.createTempDirectory(root, "store");
    }

    @BeforeEach
    void open() throws Exception {
        store = MvStoreStateStore.open(newDirectory().resolve("state.mv.db"));
    }

    @AfterEach
    void close() {
        store.close();
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
        String file = store.fileName();

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
