package dev.banter.sdk.cli;

/**
 * Adds a subcommand to {@code banter}, found with {@link java.util.ServiceLoader}: a module (the TCK, the load-test
 * tool) lists its implementation in {@code META-INF/services/dev.banter.sdk.cli.CommandPlugin} (or {@code provides}
 * it), and {@code banter NAME} runs it. The {@code ./banter} script puts every {@code
 * *\/target/banter-plugin-*.jar} on the class path.
 *
 * <pre>{@code
 * public final class TckPlugin implements CommandPlugin {
 *     public String name() { return "tck"; }
 *     public Object command() { return new TckCommand(); } // a picocli @Command object
 * }
 * }</pre>
 *
 * <p>The command follows the CLI's exit codes: 0 ok, 1 a check or test failed, 2 a usage error, 3 an internal
 * error. A plugin whose name is taken by a built-in command or another plugin is refused with a message naming
 * both.
 *
 * @since 0.4
 */
public interface CommandPlugin {

    /** The subcommand's name, such as {@code tck}. */
    String name();

    /** A new picocli command object: an instance of a class annotated with {@code @picocli.CommandLine.Command}. */
    Object command();
}
