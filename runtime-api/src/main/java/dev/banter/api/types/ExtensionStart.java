package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code extension.start}: an extension instance started in the room.
 *
 * @param extensionId the extension's id
 * @param version its version
 * @since 0.1
 */
public record ExtensionStart(String extensionId, String version) implements Payload {

    public ExtensionStart {
        Objects.requireNonNull(extensionId, "extensionId");
        Objects.requireNonNull(version, "version");
    }
}
