/**
 * The public contract of Banter: message types and messages, rooms and users, handlers and their context, actions,
 * metrics, and the service-provider interfaces a host or engine implements.
 *
 * <p>This module holds interfaces, records and enums only. The engine lives in {@code dev.banter.core}, found at run
 * time through {@link java.util.ServiceLoader} as a {@link dev.banter.api.spi.BanterRuntimeFactory}.
 */
module dev.banter.api {
    requires static org.jspecify;

    exports dev.banter.api;
    exports dev.banter.api.action;
    exports dev.banter.api.extension;
    exports dev.banter.api.handler;
    exports dev.banter.api.message;
    exports dev.banter.api.metrics;
    exports dev.banter.api.room;
    exports dev.banter.api.sandbox;
    exports dev.banter.api.spi;
    exports dev.banter.api.types;

    uses dev.banter.api.spi.BanterRuntimeFactory;
    uses dev.banter.api.sandbox.SandboxProvider;
}
