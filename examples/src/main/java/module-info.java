/**
 * Example handlers and a demo host for Banter. They use the public API and the engine's host package (the catalog
 * and the room lifecycle); the engine itself is found at run time through {@link java.util.ServiceLoader}.
 */
module dev.banter.examples {
    requires transitive dev.banter.api;
    requires dev.banter.core;
    requires org.slf4j;
    requires static org.jspecify;

    exports dev.banter.examples;
    exports dev.banter.examples.host;
}
