/**
 * JMH benchmarks and the load generator ({@code dev.banter.bench.load.LoadTest}) for Banter. Run them from the shaded {@code target/benchmarks.jar}, on the class path, where this
 * descriptor is left out; it is open so that JMH's generated code may reach the benchmark state reflectively.
 */
open module dev.banter.benchmarks {
    requires dev.banter.core;
    requires dev.banter.examples;
    requires org.graalvm.polyglot;
    requires HdrHistogram;
    requires java.management;
    requires jdk.management;
    requires info.picocli;
    requires tools.jackson.databind;
    requires jmh.core;
    requires static org.jspecify;
    // Only the interface of `banter loadtest` (LoadTestPlugin); the CLI jar brings it at run time.
    requires static dev.banter.sdk;

    provides dev.banter.sdk.cli.CommandPlugin with
            dev.banter.bench.load.LoadTestPlugin;
}
