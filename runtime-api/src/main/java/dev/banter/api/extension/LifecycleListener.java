package dev.banter.api.extension;

/**
 * Hears every {@link AuditRecord} as {@link RoomExtensions} writes it, on the thread that made the change, in
 * sequence order. An exception thrown here is logged and otherwise ignored.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface LifecycleListener {

    /** One change, refusal or failure. */
    void onChange(AuditRecord record);
}
