package dev.banter.tck.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * What {@code banter tck} checks, carried to {@link ExtensionUnderTest} as JUnit Platform configuration parameters,
 * since JUnit makes the test instances itself.
 *
 * @param dir the extension directory
 * @param seed the seed of the generated event stream
 * @param events how many events the stream has
 * @param nondeterminism why the extension is not exactly reproducible, or null
 * @param strictTime whether the platform's time limits apply as they are, rather than relaxed
 */
record ExtensionOptions(
        Path dir, long seed, int events, @Nullable String nondeterminism, boolean strictTime) {

    static final String DIR = "banter.tck.extension";
    static final String SEED = "banter.tck.seed";
    static final String EVENTS = "banter.tck.events";
    static final String NONDETERMINISM = "banter.tck.nondeterminism";
    static final String STRICT_TIME = "banter.tck.strictTime";

    /** The configuration parameters that carry these options. */
    Map<String, String> configuration() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(DIR, dir.toAbsolutePath().normalize().toString());
        c.put(SEED, Long.toString(seed));
        c.put(EVENTS, Integer.toString(events));
        if (nondeterminism != null) {
            c.put(NONDETERMINISM, nondeterminism);
        }
        c.put(STRICT_TIME, Boolean.toString(strictTime));
        return c;
    }

    /**
     * The options read back from configuration parameters.
     *
     * @throws IllegalStateException naming the parameter, if the directory is missing
     */
    static ExtensionOptions from(Function<String, Optional<String>> configuration) {
        String dir = configuration
                .apply(DIR)
                .orElseThrow(() -> new IllegalStateException("the configuration parameter " + DIR
                        + " is not set: run ExtensionUnderTest through banter tck"));
        return new ExtensionOptions(
                Path.of(dir),
                configuration.apply(SEED).map(Long::parseLong).orElse(42L),
                configuration.apply(EVENTS).map(Integer::parseInt).orElse(100),
                configuration.apply(NONDETERMINISM).orElse(null),
                configuration.apply(STRICT_TIME).map(Boolean::parseBoolean).orElse(false));
    }

    /** Gives {@link ExtensionUnderTest}'s constructor the options of the run. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ExtensionOptions.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return from(context::getConfigurationParameter);
        }
    }
}
