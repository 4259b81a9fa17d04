/**
 * The extension author's kit: the {@code banter} command-line tool and the scenario harness it is built on.
 *
 * <p>{@code dev.banter.sdk.harness} runs an extension project in a simulated room on the production engine (a real
 * runtime, the Graal sandbox, an in-memory state store and virtual time), loads scenario files and checks them; the
 * TCK and the portal use it as a library. {@code dev.banter.sdk.cli} is the tool, with {@link
 * dev.banter.sdk.cli.CommandPlugin} for modules that add subcommands.
 */
module dev.banter.sdk {
    requires transitive dev.banter.api;
    requires transitive dev.banter.core;
    requires info.picocli;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.slf4j;
    requires java.xml;
    requires static org.jspecify;

    exports dev.banter.sdk.harness;
    exports dev.banter.sdk.cli;

    // picocli reads the commands' annotated fields reflectively.
    opens dev.banter.sdk.cli to
            info.picocli;

    uses dev.banter.sdk.cli.CommandPlugin;
}
