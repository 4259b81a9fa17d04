package dev.banter.sdk.cli;

/**
 * The exit codes of every {@code banter} command.
 *
 * @since 0.4
 */
public final class ExitCodes {

    /** Everything went well. */
    public static final int OK = 0;

    /** A check or test failed: validation errors, a failing scenario, a refused publication. */
    public static final int FAILED = 1;

    /** The command line was wrong: an unknown option, a missing argument. */
    public static final int USAGE = 2;

    /** Something broke inside the tool; the message says what. */
    public static final int INTERNAL = 3;

    /** The text shown at the end of every {@code --help}. */
    static final String FOOTER = "%nExit codes: 0 ok, 1 check or test failed, 2 usage error, 3 internal error.";

    private ExitCodes() {}
}
