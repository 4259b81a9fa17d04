package dev.banter.api.action;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A host-defined action, passed to the sink as it is.
 *
 * @param name dotted lower case, 1..64 chars, such as {@code overlay.confetti}
 * @param attributes at most 32 entries; keys 1..64 chars, values 0..4096 chars
 * @since 0.1
 */
public record Custom(String name, Map<String, String> attributes) implements Action {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    public Custom {
        Checks.nonEmpty("custom action name", name, 64);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("custom action name must be dotted lower case: '" + name + "'");
        }
        attributes = Map.copyOf(attributes);
        if (attributes.size() > 32) {
            throw new IllegalArgumentException("at most 32 custom action attributes, got " + attributes.size());
        }
        attributes.forEach((k, v) -> {
            Checks.nonEmpty("custom action attribute name", k, 64);
            Checks.text("custom action attribute '" + k + "'", v, 4096);
        });
    }

    @Override
    public Permission permission() {
        return Permission.CUSTOM;
    }

    @Override
    public String kind() {
        return "custom." + name;
    }
}
