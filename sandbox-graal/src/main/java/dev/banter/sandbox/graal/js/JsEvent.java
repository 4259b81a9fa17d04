package dev.banter.sandbox.graal.js;

import dev.banter.api.message.Message;
import org.graalvm.polyglot.HostAccess;

/**
 * What every event carries, as guest code sees it. Fields are final: an assignment from guest code is ignored
 * (sloppy mode) or a TypeError (strict mode), and never changes what the host or another extension sees.
 */
public class JsEvent {

    /** The message type name, for example {@code chat.message}. */
    @HostAccess.Export
    public final String type;

    @HostAccess.Export
    public final String id;

    @HostAccess.Export
    public final String room;

    /** Milliseconds since the epoch. */
    @HostAccess.Export
    public final double ts;

    @HostAccess.Export
    public final JsUser user;

    public JsEvent(Message message) {
        this.type = message.type().name();
        this.id = message.id();
        this.room = message.room().value();
        this.ts = message.timestamp().toEpochMilli();
        this.user = new JsUser(message.sender());
    }
}
