/**
 * Runs untrusted JavaScript extensions on GraalVM Polyglot (community GraalJS), deny-by-default, with Banter's own
 * enforcement of every limit. Exports nothing: hosts reach it through {@link dev.banter.api.sandbox.SandboxProvider}.
 */
module dev.banter.sandbox.graal {
    requires dev.banter.api;
    requires org.graalvm.polyglot;
    requires org.slf4j;
    requires tools.jackson.core;
    requires jdk.management;
    requires static org.jspecify;
    // Only a sandbox that counts statements (SandboxConfig.countStatements, for banter profile) uses the CPU tracer.
    requires static com.oracle.truffle.tools.profiler;
    requires static org.graalvm.truffle;

    // Guest code reads the exported members of these objects; Truffle needs to see them.
    exports dev.banter.sandbox.graal.js to
            org.graalvm.truffle;

    provides dev.banter.api.sandbox.SandboxProvider with
            dev.banter.sandbox.graal.GraalSandboxProvider;
}
