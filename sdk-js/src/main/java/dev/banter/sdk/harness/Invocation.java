package dev.banter.sdk.harness;

import java.util.Objects;

/**
 * What one call of an extension's handler cost, as the sandbox measured it.
 *
 * @param handlerId the handler called, {@code ext:<id>} or {@code ext:<id>.observe}
 * @param messageType the type of the message it handled ({@code chat.message} for a command too)
 * @param allocatedBytes the bytes the lane thread allocated while the guest code ran, approximate (see {@link
 *     dev.banter.api.sandbox.ExtensionInstance#lastAllocatedBytes()}), or -1 if the sandbox does not measure them
 * @param statements the guest statements the call ran, as the statement budget counts them, or -1 unless the room
 *     was built with {@link SimulatedRoom.Builder#countStatements(boolean)}
 * @since 0.5
 */
public record Invocation(String handlerId, String messageType, long allocatedBytes, long statements) {

    public Invocation {
        Objects.requireNonNull(handlerId, "handlerId");
        Objects.requireNonNull(messageType, "messageType");
    }
}
