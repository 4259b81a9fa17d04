package dev.banter.api.handler;

import dev.banter.api.message.Payload;
import java.util.Objects;

/**
 * What an intercepting handler decided about a message.
 *
 * <pre>
 *   pass    the next handler sees the message as it is
 *   modify  the next handler sees it with the new payload (checked against the type's schema)
 *   reject  no later interceptor runs; the message is not delivered; observers do not see it
 *   stop    no later interceptor runs; the message is delivered as it is now; observers see it
 * </pre>
 *
 * <p>Observers' verdicts are recorded in the trace but change nothing.
 *
 * @since 0.1
 */
public sealed interface Verdict {

    /** The next handler sees the message unchanged. */
    static Verdict pass() {
        return Pass.INSTANCE;
    }

    /** The next handler sees the message with {@code payload}, which must be of the message type's payload class. */
    static Verdict modify(Payload payload) {
        return new Modify(payload);
    }

    /** The message is not delivered; {@code reason} is reported to the host. */
    static Verdict reject(String reason) {
        return new Reject(reason);
    }

    /** The message is delivered as it is now, and no later interceptor runs. */
    static Verdict stop() {
        return Stop.INSTANCE;
    }

    /** The kind of this verdict. */
    VerdictKind kind();

    /** See {@link Verdict#pass()}. */
    enum Pass implements Verdict {
        INSTANCE;

        @Override
        public VerdictKind kind() {
            return VerdictKind.PASS;
        }
    }

    /** See {@link Verdict#stop()}. */
    enum Stop implements Verdict {
        INSTANCE;

        @Override
        public VerdictKind kind() {
            return VerdictKind.STOP;
        }
    }

    /**
     * See {@link Verdict#modify(Payload)}.
     *
     * @param payload the replacement payload
     */
    record Modify(Payload payload) implements Verdict {
        public Modify {
            Objects.requireNonNull(payload, "payload");
        }

        @Override
        public VerdictKind kind() {
            return VerdictKind.MODIFY;
        }
    }

    /**
     * See {@link Verdict#reject(String)}.
     *
     * @param reason why, at most 256 chars (longer reasons are cut)
     */
    record Reject(String reason) implements Verdict {
        public Reject {
            Objects.requireNonNull(reason, "reason");
            if (reason.length() > 256) {
                reason = reason.substring(0, 256);
            }
        }

        @Override
        public VerdictKind kind() {
            return VerdictKind.REJECT;
        }
    }
}
