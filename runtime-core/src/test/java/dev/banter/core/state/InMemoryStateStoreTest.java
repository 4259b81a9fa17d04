package dev.banter.core.state;

import dev.banter.api.spi.StateStore;

class InMemoryStateStoreTest extends StateStoreContract {

    @Override
    protected StateStore newStore() {
        return new InMemoryStateStore();
    }
}
