package dev.banter.examples;

import dev.banter.api.action.Notice;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.Handler;
import dev.banter.api.handler.HandlerContext;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Subscription;
import dev.banter.api.handler.Verdict;
import dev.banter.api.message.Message;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;

/**
 * Observes {@code user.enter} and greets the user who entered with a private notice. Events sent by
 * {@link User#system()} are skipped. Stateless.
 *
 * @since 0.1
 */
public final class Welcome implements Handler {

    /** The handler id {@link #spec()} uses. */
    public static final String ID = "welcome";

    /** A spec for a greeter: observes {@code user.enter}, may send notices. */
    public static HandlerSpec spec() {
        return HandlerSpec.of(ID, new Welcome())
                .on(Subscription.to(BuiltinTypes.USER_ENTER.name()))
                .observe()
                .grant(Permission.NOTICE);
    }

    @Override
    public Verdict handle(Message message, HandlerContext context) {
        String name = message.sender().name();
        if (!name.equals(User.system().name())) {
            context.emit(Notice.toUser(name, "welcome to " + context.room() + ", " + name + "!"));
        }
        return Verdict.pass();
    }
}
