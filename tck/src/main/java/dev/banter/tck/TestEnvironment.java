package dev.banter.tck;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How long the TCK waits: for an outcome, for actions to reach a sink, for a condition. No test asserts that anything
 * is fast; these are only the points at which a test gives up and fails.
 *
 * <p>The defaults suit a developer machine. A slow CI runner scales them with the environment variable
 * {@code BANTER_TCK_TIMEOUT_SCALE} (or the system property {@code banter.tck.timeoutScale}), for example {@code 3}; the
 * base timeout is {@code BANTER_TCK_TIMEOUT_MS} ({@code banter.tck.timeoutMs}), default 10,000.
 *
 * {@snippet :
 * TestEnvironment env = TestEnvironment.fromEnvironment();
 * Outcome outcome = env.await(runtime.submit(message), "the outcome of " + message.id());
 * }
 *
 * @param timeout how long to wait for one thing, already scaled
 * @param scale the factor the base timeout was multiplied by
 * @since 0.4
 */
public record TestEnvironment(Duration timeout, double scale) {

    /** The base timeout before scaling. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Validates the environment.
     *
     * @throws IllegalArgumentException if the timeout or the scale is not positive
     */
    public TestEnvironment {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("TCK timeout must be positive, was " + timeout);
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("TCK timeout scale must be positive, was " + scale);
        }
    }

    /** The environment from the variables and properties in the class description. */
    public static TestEnvironment fromEnvironment() {
        return of(System.getenv(), System::getProperty);
    }

    /**
     * The environment from these variables, then these properties; the defaults for what neither has.
     *
     * @throws IllegalArgumentException naming the variable and its value, if it is not a positive number
     */
    static TestEnvironment of(java.util.Map<String, String> env, Function<String, @Nullable String> properties) {
        double scale = number(env, properties, "BANTER_TCK_TIMEOUT_SCALE", "banter.tck.timeoutScale", 1);
        double millis =
                number(env, properties, "BANTER_TCK_TIMEOUT_MS", "banter.tck.timeoutMs", DEFAULT_TIMEOUT.toMillis());
        return new TestEnvironment(Duration.ofMillis(Math.round(millis * scale)), scale);
    }

    private static double number(
            java.util.Map<String, String> env,
            Function<String, @Nullable String> properties,
            String variable,
            String property,
            double fallback) {
        String fromEnv = env.get(variable);
        String text = fromEnv != null ? fromEnv : properties.apply(property);
        String name = fromEnv != null ? variable : property;
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive number, got '" + text + "'");
    }

    /** {@code base} multiplied by the scale. */
    public Duration scaled(Duration base) {
        return Duration.ofNanos(Math.round(base.toNanos() * scale));
    }

    /**
     * Waits for a stage.
     *
     * @param what what is awaited, for the failure message
     * @throws AssertionError naming {@code what} and the timeout, if it does not complete in time or fails
     */
    public <T> T await(CompletionStage<T> stage, String what) {
        try {
            return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("gave up waiting " + timeout.toMillis() + " ms for " + what
                    + " (a slow machine can raise BANTER_TCK_TIMEOUT_SCALE)");
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        }
    }

    /**
     * Polls until a condition holds.
     *
     * @return whether it held before the timeout; the caller asserts with its own message
     */
    public boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
