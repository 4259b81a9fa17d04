package dev.banter.tck.wrong;

import dev.banter.api.spi.StateStore;
import dev.banter.tck.StateStoreVerification;

/** The store verification run against a store that loses writes; driven by {@code WrongImplementationsTest}. */
public class LosingStoreCase extends StateStoreVerification {

    @Override
    protected StateStore newStore() {
        return new LosingStore();
    }
}
