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

    /** The style an earlier handler gave the line ({@code ""}: the default); always {@code ""} for private ones. */
    @HostAccess.Export
    public final String background;

    @HostAccess.Export
    public final String color;

    @HostAccess.Export
    public final String font;

    public JsChat(Message message, String body, String to) {
        this(message, body, to, "", "", "");
    }

    public JsChat(Message message, String body, String to, String background, String color, String font) {
        super(message);
        this.body = body;
        this.to = to;
        this.background = background;
        this.color = color;
        this.font = font;
    }
}
