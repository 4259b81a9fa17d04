package dev.banter.sandbox.graal.js;

import dev.banter.api.handler.Command;
import dev.banter.api.message.Message;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.proxy.ProxyArray;

/** A chat message that is a command, as {@code banter.command} handlers receive it. */
public final class JsCommand extends JsChat {

    /** The command name, lower case, without its prefix: {@code roll} for {@code !Roll 2d6}. */
    @HostAccess.Export
    public final String name;

    /** The arguments split on white space. */
    @HostAccess.Export
    public final ProxyArray args;

    /** Everything after the name, trimmed. */
    @HostAccess.Export
    public final String argText;

    public JsCommand(Message message, String body, Command command) {
        super(message, body, null);
        this.name = command.name();
        List<String> list = command.args();
        this.args = ProxyArray.fromArray(list.toArray());
        this.argText = command.argText();
    }
}
