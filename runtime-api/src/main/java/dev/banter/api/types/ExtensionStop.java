package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code extension.stop}: an extension instance stopped in the room.
 *
 * @param extensionId the extension's id
 * @param reason why it stopped
 * @since 0.1
 */
public record ExtensionStop(String extensionId, String reason) implements Payload {

    public ExtensionStop {
        Objects.requireNonNull(extensionId, "extensionId");
        Objects.requireNonNull(reason, "reason");
    }
}
