package dev.banter.state.mvstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.room.RoomId;
import dev.banter.api.spi.StateChanges;
import dev.banter.api.spi.StateScope;
import dev.banter.api.spi.StateStoreException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MvStoreFailureTest {

    private final StateScope scope = new StateScope("tipgoal", RoomId.of("lobby"));

    @AfterEach
    void roomOnTheDisk() {
        FailingFilePath.full(false);
    }

    @Test
    void write_onAFullDisk_failsNamingTheFileAndLosesNoDurableWrite() throws Exception {
        Path file = MvStoreStateStoreTest.newDirectory().resolve("state.mv.db");
        String fileName = FailingFilePath.fileName(file);
        MvStoreStateStore store = MvStoreStateStore.open(fileName);
        store.write(scope, new StateChanges(Map.of("total", "10", "count", "1"), Set.of()));

        FailingFilePath.full(true);
        assertThatThrownBy(() -> store.write(scope, new StateChanges(Map.of("total", "25", "count", "2"), Set.of())))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(fileName)
                .hasMessageContaining("'tipgoal' in room lobby");
        // the store cannot tell what reached the disk: it refuses everything until it is reopened
        assertThatThrownBy(() -> store.get(scope, "total"))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(fileName)
                .hasMessageContaining("reopen");
        FailingFilePath.full(false);
        store.close();

        try (MvStoreStateStore reopened = MvStoreStateStore.open(file)) {
            assertThat(reopened.get(scope, "total")).contains("10");
            assertThat(reopened.get(scope, "count")).contains("1");
            assertThat(reopened.size(scope)).isEqualTo("total".length() + 2 + "count".length() + 1);
        }
    }
}
