/**
 * The developer portal: {@code banter portal} serves a single-page app (CodeMirror 6 editor, test room, versions)
 * and a JSON API over the same catalog, checks, scenario runner and sandbox as the {@code banter} CLI.
 *
 * <p>It exports {@code dev.banter.portal} ({@link dev.banter.portal.Portal}, the embeddable server) and provides the
 * {@code portal} subcommand to the CLI.
 */
module dev.banter.portal {
    requires dev.banter.sdk;
    requires jdk.httpserver;
    requires info.picocli;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports dev.banter.portal;

    // picocli reads the command's annotated fields reflectively.
    opens dev.banter.portal to
            info.picocli;

    provides dev.banter.sdk.cli.CommandPlugin with
            dev.banter.portal.PortalPlugin;

    uses dev.banter.api.sandbox.SandboxProvider;
}
