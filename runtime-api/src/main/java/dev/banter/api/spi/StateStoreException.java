package dev.banter.api.spi;

/**
 * A {@link StateStore} could not read or write.
 *
 * @since 0.1
 */
public class StateStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StateStoreException(String message) {
        super(message);
    }

    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
