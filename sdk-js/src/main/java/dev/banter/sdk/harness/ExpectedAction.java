package dev.banter.sdk.harness;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An action a scenario expects: its kind ({@code ban}, {@code mute}, {@code kick}, {@code warn}, {@code tipOptions},
 * {@code custom}) and the fields it checks ({@code user}, {@code reason}, {@code seconds}, {@code label},
 * {@code kind}); fields not listed are not checked.
 *
 * @param kind the action kind as scenario files name it
 * @param fields the fields to check, as text
 * @since 0.4
 */
public record ExpectedAction(String kind, Map<String, String> fields) {

    public ExpectedAction {
        Objects.requireNonNull(kind, "kind");
        fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /** Whether {@code actual} (as {@link ActionViews#scenarioView}) is of this kind and has every listed field. */
    boolean matches(ActionViews.View actual) {
        if (!actual.kind().equals(kind)) {
            return false;
        }
        for (Map.Entry<String, String> e : fields.entrySet()) {
            Object value = actual.fields().get(e.getKey());
            if (value == null || !e.getValue().equals(String.valueOf(value))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "{" + kind + ": " + fields + "}";
    }
}
