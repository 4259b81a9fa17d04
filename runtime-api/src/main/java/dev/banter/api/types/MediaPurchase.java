package dev.banter.api.types;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * The payload of {@code media.purchase}: a user bought a photo set or video of the room's owner.
 *
 * @param mediaType {@code photos} or {@code video}
 * @param mediaName the item's name
 * @param price the price in tokens
 * @since 0.1
 */
public record MediaPurchase(String mediaType, String mediaName, long price) implements Payload {

    public MediaPurchase {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(mediaName, "mediaName");
    }
}
