package dev.banter.tck;

import dev.banter.api.spi.StateStore;
import dev.banter.core.state.InMemoryStateStore;

/** runtime-core's in-memory store passes the store verification (rule 9.10 skipped: it keeps nothing). */
class InMemoryStoreVerificationTest extends StateStoreVerification {

    @Override
    protected StateStore newStore() {
        return new InMemoryStateStore();
    }
}
