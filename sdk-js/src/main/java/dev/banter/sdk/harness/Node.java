package dev.banter.sdk.harness;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A parsed YAML (or JSON) value that remembers where it was written, so errors can name file, line and column. */
sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {

    /** Where the value starts. */
    Location at();

    /** A string, number, boolean or null. */
    record Scalar(@Nullable Object value, Location at) implements Node {}

    /** A mapping, keys in document order. */
    record Mapping(Map<String, Entry> entries, Location at) implements Node {}

    /** One key of a mapping, with where the key was written. */
    record Entry(String key, Location keyAt, Node value) {}

    /** A sequence. */
    record Sequence(List<Node> items, Location at) implements Node {}

    /**
     * A position in a file.
     *
     * @param file the file as it is shown in messages
     * @param line 1-based
     * @param column 1-based
     */
    record Location(String file, int line, int column) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }
}
