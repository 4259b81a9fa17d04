/**
 * The Banter conformance kit: the rules of {@code SPEC.md} as abstract JUnit 5 verification classes that hosts,
 * sandbox and store implementers and extension authors extend in their own test folders, plus a runner and a summary
 * listener for CI, and the {@code banter tck} command (a plugin of the SDK's command line).
 *
 * <p>The verifications use only the public contract ({@code dev.banter.api}), except where a real runtime has to host
 * what they check: the sandbox and extension verifications run inside the engine on the class path and use its
 * manifest reader, in-memory store and virtual clock ({@code dev.banter.core}). Rule 14.6 runs an extension's
 * scenario files with the SDK's scenario runner ({@code dev.banter.sdk}).
 */
module dev.banter.tck {
    requires transitive dev.banter.api;
    requires dev.banter.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires transitive org.junit.platform.launcher;
    requires org.junit.platform.reporting;
    requires dev.banter.sdk;
    requires info.picocli;
    requires static org.jspecify;

    exports dev.banter.tck;

    // JUnit calls the lifecycle methods of the abstract classes that host tests extend.
    opens dev.banter.tck to
            org.junit.platform.commons;
    // `banter tck`: picocli fills the command's options, JUnit runs the verification of the directory given.
    opens dev.banter.tck.cli to
            info.picocli,
            org.junit.platform.commons;

    provides org.junit.platform.launcher.TestExecutionListener with
            dev.banter.tck.TckSummaryListener;
    provides dev.banter.sdk.cli.CommandPlugin with
            dev.banter.tck.cli.TckPlugin;
}
