package dev.banter.portal.internal;

import dev.banter.sdk.harness.Diagnostic;
import java.util.Map;

/**
 * One diagnostic as the editor shows it: where, what, and which check found it ({@code manifest}, {@code policy},
 * {@code static}, {@code engine}, {@code scenario}).
 *
 * @param diagnostic the file, 1-based line and column, and message
 * @param source the check
 * @param severity {@code error} or {@code warning}
 */
public record Finding(Diagnostic diagnostic, String source, String severity) {

    /** An error found by {@code source}. */
    static Finding error(Diagnostic d, String source) {
        return new Finding(d, source, "error");
    }

    /** As JSON. */
    Map<String, Object> toJson() {
        return Router.map(
                "file", diagnostic.file(),
                "line", diagnostic.line(),
                "column", diagnostic.column(),
                "message", diagnostic.message(),
                "source", source,
                "severity", severity);
    }
}
