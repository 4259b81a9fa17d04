package dev.banter.core.internal.chain;

/** The steps of one message type in one room: interceptors in slot order, then observers. */
final class TypeChain {

    static final TypeChain EMPTY = new TypeChain(new Step[0], new Step[0]);

    final Step[] interceptors;
    final Step[] observers;

    TypeChain(Step[] interceptors, Step[] observers) {
        this.interceptors = interceptors;
        this.observers = observers;
    }
}
