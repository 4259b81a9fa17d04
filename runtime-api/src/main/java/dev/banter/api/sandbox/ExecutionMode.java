package dev.banter.api.sandbox;

/**
 * How a sandbox runs guest code.
 *
 * @since 0.1
 */
public enum ExecutionMode {
    /** Hot guest code is compiled to machine code at run time. */
    COMPILED,
    /**
     * Guest code is only interpreted: correct, but several times slower. On a stock JDK this means the JIT flags were
     * not passed; see the README's "Running extensions compiled" section.
     */
    INTERPRETED
}
