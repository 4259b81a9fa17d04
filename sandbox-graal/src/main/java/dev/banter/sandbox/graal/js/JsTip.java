package dev.banter.sandbox.graal.js;

import dev.banter.api.message.Message;
import dev.banter.api.types.Tip;
import org.graalvm.polyglot.HostAccess;

/** A tip. */
public final class JsTip extends JsEvent {

    @HostAccess.Export
    public final double amount;

    @HostAccess.Export
    public final String note;

    @HostAccess.Export
    public final boolean anonymous;

    public JsTip(Message message, Tip tip) {
        super(message);
        this.amount = tip.amount();
        this.note = tip.note();
        this.anonymous = tip.anonymous();
    }
}
