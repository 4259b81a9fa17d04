package dev.banter.portal;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code banter portal}: starts the developer portal and prints its URL. */
@Command(
        name = PortalPlugin.NAME,
        mixinStandardHelpOptions = true,
        description = {
            "Starts the developer portal on 127.0.0.1: an editor with the SDK's completion and live checks, a test"
                    + " room, scenario runs, versions and publishing. Prints the URL to open (it carries the"
                    + " session token); stop it with Ctrl-C."
        },
        footer = {
            "%nExamples:",
            "  banter portal",
            "  banter portal --port 9000 --catalog ../catalog --workspace .",
            "%nExit codes: 0 ok, 1 check or test failed, 2 usage error, 3 internal error."
        })
final class PortalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8470", description = "the port (0: a free one)")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "a loopback address to listen on")
    String bind;

    @Option(names = "--catalog", paramLabel = "DIR", defaultValue = "catalog", description = "the catalog")
    Path catalog;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            defaultValue = "banter-workspace",
            description = "the directory of the projects")
    Path workspace;

    @Override
    public Integer call() throws InterruptedException {
        Portal portal;
        try {
            portal = Portal.newBuilder()
                    .bind(bind)
                    .port(port)
                    .catalog(catalog)
                    .workspace(workspace)
                    .start();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("banter portal: " + e.getMessage());
            return 2;
        } catch (java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("banter portal: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            portal.close();
            stopped.countDown();
        }));
        spec.commandLine().getOut().println("Banter portal: " + portal.url());
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
