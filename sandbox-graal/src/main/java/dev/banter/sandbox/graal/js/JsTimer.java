package dev.banter.sandbox.graal.js;

import dev.banter.api.message.Message;
import dev.banter.api.types.TimerFired;
import org.graalvm.polyglot.HostAccess;

/** A timer firing. */
public final class JsTimer extends JsEvent {

    @HostAccess.Export
    public final String label;

    /** How many times this timer has fired, counting this one. */
    @HostAccess.Export
    public final double firing;

    public JsTimer(Message message, TimerFired fired) {
        super(message);
        this.label = fired.label();
        this.firing = fired.firing();
    }
}
