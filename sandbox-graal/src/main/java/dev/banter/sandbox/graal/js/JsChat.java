package dev.banter.sandbox.graal.js;

import dev.banter.api.message.Message;
import org.graalvm.polyglot.HostAccess;

/** A chat message ({@code chat.message}) or private message ({@code chat.private}). */
public class JsChat extends JsEvent {

    @HostAccess.Export
    public final String body;

    /** The recipient of a private message; null for room chat. */
    @HostAccess.Export
    public final String to;

    public JsChat(Message message, String body, String to) {
        super(message);
        this.body = body;
        this.to = to;
    }
}
