package dev.banter.sandbox.graal.js;

import dev.banter.api.room.Role;
import dev.banter.api.room.User;
import org.graalvm.polyglot.HostAccess;

/** A user as guest code sees it: {@code m.user.name}, {@code m.user.moderator}. Immutable. */
public final class JsUser {

    @HostAccess.Export
    public final String name;

    @HostAccess.Export
    public final boolean owner;

    @HostAccess.Export
    public final boolean moderator;

    @HostAccess.Export
    public final boolean fan;

    @HostAccess.Export
    public final boolean hasTokens;

    /** {@code none}, {@code tipped}, {@code tipped-a-lot} or {@code tipped-tons}. */
    @HostAccess.Export
    public final String tipper;

    @HostAccess.Export
    public final String gender;

    public JsUser(User user) {
        this.name = user.name();
        this.owner = user.has(Role.OWNER);
        this.moderator = user.has(Role.MODERATOR);
        this.fan = user.has(Role.FAN);
        this.hasTokens = user.has(Role.HAS_TOKENS);
        this.tipper = user.tipper().wireName();
        this.gender = user.gender().wireName();
    }

    @HostAccess.Export
    @Override
    public String toString() {
        return name;
    }
}
