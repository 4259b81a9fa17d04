package dev.banter.core.internal.room;

import dev.banter.api.message.Message;
import dev.banter.api.message.MessageCodec;
import dev.banter.api.message.MessageFormatException;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.MessageTypeRegistry;
import dev.banter.api.spi.ActionSink;
import dev.banter.core.internal.actions.RetryPolicy;
import dev.banter.core.internal.chain.ChainRunner;
import dev.banter.core.internal.chain.ChainSnapshot;
import dev.banter.core.internal.lanes.LanePool;
import dev.banter.core.internal.metrics.LaneMetrics;
import dev.banter.core.internal.routing.Router;
import dev.banter.core.internal.timers.TimerService;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every room of one runtime shares. Immutable; the arrays are indexed by lane and each slot is used by its lane
 * only.
 */
public record EngineParts(
        MessageTypeRegistry registry,
        Router router,
        MessageCodec codec,
        ChainSnapshot.HostHandlers host,
        Set<String> hostHandlerIds,
        ChainSnapshot hostOnlyChain,
        LanePool lanes,
        LaneMetrics[] laneMetrics,
        ChainRunner[] runners,
        ScheduledExecutorService timer,
        ActionSink sink,
        RetryPolicy retry,
        int queueBound,
        int criticalBound,
        long criticalOfferNanos,
        int maxBots,
        Clock clock,
        TimerService timers) {

    /**
     * Checks what every submit checks before a room sees the message: its type is the one registered here under
     * that name, and its payload fits the type's schema.
     *
     * @throws MessageFormatException naming the field and the value that do not fit
     */
    public void checkSubmitted(Message message) {
        MessageType<?> type = message.type();
        Optional<MessageType<?>> registered = registry.find(type.name());
        if (registered.isEmpty() || !registered.get().equals(type)) {
            throw new MessageFormatException(
                    "type",
                    type.toString(),
                    "a message type registered in this runtime "
                            + registry.types().stream().map(MessageType::name).toList());
        }
        codec.validate(type, message.payload());
    }
}
