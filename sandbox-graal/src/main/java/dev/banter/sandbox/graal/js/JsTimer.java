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

    /** How many periods were skipped just before this firing, because it could not run in time. */
    @HostAccess.Export
    public final double skipped;

    /** Whether this firing is late: it became due while the timer could not run, as across a restart. */
    @HostAccess.Export
    public final boolean late;

    public JsTimer(Message message, TimerFired fired) {
        super(message);
        this.label = fired.label();
        this.firing = fired.firing();
        this.skipped = fired.skipped();
        this.late = fired.late();
    }
}
