package dev.banter.reliability;

import dev.banter.api.spi.ActionEnvelope;
import dev.banter.api.spi.ActionSink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An {@link ActionSink} that records what it carried out and misbehaves on command: it throws, stalls on every call,
 * or hangs until {@link #release()}.
 *
 * <p>Thread-safe: the mode may be switched from a test thread while lanes deliver.
 *
 * {@snippet :
 * FaultySink sink = new FaultySink();
 * BanterRuntime runtime = BanterRuntime.newBuilder().actionSink(sink).build();
 * sink.failNext(3);                 // the next three attempts throw; the runtime retries them
 * sink.hang();                      // the next delivery blocks its lane ...
 * sink.release();                   // ... until now
 * }
 *
 * @since 0.3
 */
public final class FaultySink implements ActionSink {

    /** How the sink behaves now. */
    public enum Mode {
        /** Carries out every action. */
        OK,
        /** Throws on every attempt. */
        THROW,
        /** Sleeps {@link #stall(Duration)}'s duration, then carries out the action. */
        STALL,
        /** Blocks until {@link #release()}, then carries out the action. */
        HANG
    }

    private final List<ActionEnvelope> delivered = new CopyOnWriteArrayList<>();
    private final List<ActionEnvelope> undeliverable = new CopyOnWriteArrayList<>();
    private final List<ActionEnvelope> attempts = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.OK;
    private volatile int failuresLeft;
    private volatile long stallNanos;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public void deliver(ActionEnvelope envelope) throws Exception {
        attempts.add(envelope);
        synchronized (this) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("injected sink failure for #" + envelope.sequence());
            }
        }
        switch (mode) {
            case THROW -> throw new IllegalStateException("injected sink failure for #" + envelope.sequence());
            case STALL -> TimeUnit.NANOSECONDS.sleep(stallNanos);
            case HANG -> gate.await();
            case OK -> {}
        }
        delivered.add(envelope);
    }

    @Override
    public void undeliverable(ActionEnvelope envelope, Throwable lastFailure) {
        undeliverable.add(envelope);
    }

    /** Carries out every action from now on; releases a hang. */
    public FaultySink heal() {
        mode = Mode.OK;
        gate.countDown();
        return this;
    }

    /** Makes the next {@code attempts} attempts throw, whatever the mode. */
    public synchronized FaultySink failNext(int attempts) {
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be >= 0, was " + attempts);
        }
        failuresLeft = attempts;
        return this;
    }

    /** Throws on every attempt until {@link #heal()}. */
    public FaultySink failAlways() {
        mode = Mode.THROW;
        return this;
    }

    /** Sleeps {@code each} in every delivery until {@link #heal()}. */
    public FaultySink stall(Duration each) {
        if (each.isNegative()) {
            throw new IllegalArgumentException("stall must be >= 0, was " + each);
        }
        stallNanos = each.toNanos();
        mode = Mode.STALL;
        return this;
    }

    /** Blocks every delivery from now on until {@link #release()} or {@link #heal()}. */
    public FaultySink hang() {
        gate = new CountDownLatch(1);
        mode = Mode.HANG;
        return this;
    }

    /** Lets the hung deliveries go on and carries out every action from now on. */
    public FaultySink release() {
        return heal();
    }

    /** The current mode. */
    public Mode mode() {
        return mode;
    }

    /** The envelopes carried out, in the order they were. */
    public List<ActionEnvelope> delivered() {
        return List.copyOf(delivered);
    }

    /** The envelopes the runtime gave up on. */
    public List<ActionEnvelope> undeliverable() {
        return List.copyOf(undeliverable);
    }

    /** Every attempt, failed ones included. */
    public List<ActionEnvelope> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public String toString() {
        return "FaultySink[" + mode + ", " + delivered.size() + " delivered, " + undeliverable.size()
                + " undeliverable]";
    }
}
