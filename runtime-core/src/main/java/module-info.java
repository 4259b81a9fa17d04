/**
 * The Banter engine: message-type registry and JSON codec, router, lanes, chains, action dispatch and metrics.
 *
 * <p>Hosts program against {@code dev.banter.api} and get the engine through
 * {@link dev.banter.api.BanterRuntime#newBuilder()}. The engine exports only what a host constructs or calls itself:
 * the manifests of {@code dev.banter.core.extension}, the state stores of {@code dev.banter.core.state} and the
 * virtual time source of {@code dev.banter.core.time}.
 */
module dev.banter.core {
    requires dev.banter.api;
    requires tools.jackson.core;
    requires HdrHistogram;
    requires org.slf4j;
    requires static org.jspecify;

    exports dev.banter.core.extension;
    exports dev.banter.core.state;
    exports dev.banter.core.time;

    provides dev.banter.api.spi.BanterRuntimeFactory with
            dev.banter.core.internal.DefaultBanterRuntimeFactory;
}
