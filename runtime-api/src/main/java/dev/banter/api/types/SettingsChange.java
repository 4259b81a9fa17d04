package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.List;
import java.util.Objects;

/**
 * The payload of {@code settings.change}: an extension's settings in the room changed.
 *
 * @param extensionId the extension's id
 * @param changed the names of the settings that changed
 * @since 0.1
 */
public record SettingsChange(String extensionId, List<String> changed) implements Payload {

    public SettingsChange {
        Objects.requireNonNull(extensionId, "extensionId");
        changed = List.copyOf(changed);
    }
}
