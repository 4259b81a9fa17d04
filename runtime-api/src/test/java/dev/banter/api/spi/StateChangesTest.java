package dev.banter.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateChangesTest {

    @Test
    void new_keyBothPutAndDeleted_isRefusedNamingTheKey() {
        assertThatThrownBy(() -> new StateChanges(Map.of("total", "1"), Set.of("total")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'total'");
    }

    @Test
    void new_copiesItsArguments() {
        Map<String, String> puts = new HashMap<>(Map.of("a", "1"));
        Set<String> deletes = new HashSet<>(Set.of("b"));
        StateChanges changes = new StateChanges(puts, deletes);

        puts.put("c", "2");
        deletes.add("d");

        assertThat(changes.puts()).containsOnlyKeys("a");
        assertThat(changes.deletes()).containsExactly("b");
    }

    @Test
    void isEmpty_onlyWithoutPutsAndDeletes() {
        assertThat(StateChanges.none().isEmpty()).isTrue();
        assertThat(new StateChanges(Map.of(), Set.of("a")).isEmpty()).isFalse();
        assertThat(new StateChanges(Map.of("a", "1"), Set.of()).isEmpty()).isFalse();
    }
}
