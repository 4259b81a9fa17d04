package dev.banter.core.internal.json;

import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** How the engine indents the JSON documents it writes for people: schemas and manifests. */
public final class PrettyJson {

    /** A write context with two-space indentation and {@code "name": value} spacing. */
    public static final ObjectWriteContext CONTEXT = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private PrettyJson() {}
}
