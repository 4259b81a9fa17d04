/**
 * A durable {@link dev.banter.api.spi.StateStore} in one file, on H2's MVStore: {@link
 * dev.banter.state.mvstore.MvStoreStateStore}.
 */
module dev.banter.state.mvstore {
    requires transitive dev.banter.api;
    requires com.h2database.mvstore;
    requires static org.jspecify;

    exports dev.banter.state.mvstore;
}
