package dev.banter.api;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A handler or extension failed while handling a message. One exception type for every execution failure, told apart
 * by predicates; misuse of the API gets the usual JDK exceptions instead.
 *
 * <p>The message names the offender and the value, for example {@code extension 'tipgoal@1.2.0' returned a
 * non-object from chat.message handler (line 14): 42}.
 *
 * @since 0.1
 */
public class ExtensionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String extensionId;
    private final @Nullable String messageType;
    private final @Nullable String limit;

    /**
     * Creates the exception.
     *
     * @param kind what kind of failure
     * @param extensionId the failing extension or handler
     * @param messageType the type of the message being handled, if any
     * @param limit the broken limit, for {@link Kind#LIMIT_EXCEEDED}
     * @param message what happened, naming the offender and the value
     * @param cause the underlying exception, if any
     */
    public ExtensionException(
            Kind kind,
            String extensionId,
            @Nullable String messageType,
            @Nullable String limit,
            String message,
            @Nullable Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.extensionId = Objects.requireNonNull(extensionId, "extensionId");
        this.messageType = messageType;
        this.limit = limit;
        if (kind == Kind.LIMIT_EXCEEDED && limit == null) {
            throw new IllegalArgumentException("a LIMIT_EXCEEDED failure must name its limit");
        }
    }

    /** What kind of failure this is. */
    public Kind kind() {
        return kind;
    }

    /** Whether the extension's own code threw. */
    public boolean isGuestError() {
        return kind == Kind.GUEST_ERROR;
    }

    /** Whether the extension broke a resource limit; {@link #limit()} says which. */
    public boolean isLimitExceeded() {
        return kind == Kind.LIMIT_EXCEEDED;
    }

    /** Whether the extension broke the handler contract, such as returning a malformed verdict. */
    public boolean isContractViolation() {
        return kind == Kind.CONTRACT_VIOLATION;
    }

    /** Whether the call was cancelled from outside, such as when its room closed. */
    public boolean isCancelled() {
        return kind == Kind.CANCELLED;
    }

    /**
     * Whether the extension's state could not be read or written; its writes and actions were discarded.
     *
     * @since 0.2
     */
    public boolean isStateFailure() {
        return kind == Kind.STATE_FAILURE;
    }

    /** The broken limit, for a limit failure. */
    public Optional<String> limit() {
        return Optional.ofNullable(limit);
    }

    /** The failing extension or handler. */
    public String extensionId() {
        return extensionId;
    }

    /** The type of the message being handled, if any. */
    public Optional<String> messageType() {
        return Optional.ofNullable(messageType);
    }

    /** Kinds of execution failure. */
    public enum Kind {
        /** The extension's code threw. */
        GUEST_ERROR,
        /** The extension broke a resource limit. */
        LIMIT_EXCEEDED,
        /** The extension broke the handler contract. */
        CONTRACT_VIOLATION,
        /** The call was cancelled from outside. */
        CANCELLED,
        /**
         * The {@link dev.banter.api.spi.StateStore} failed while the extension read or saved its state; nothing the
         * invocation did took effect.
         *
         * @since 0.2
         */
        STATE_FAILURE
    }
}
