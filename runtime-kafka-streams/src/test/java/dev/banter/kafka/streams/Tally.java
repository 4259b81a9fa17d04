package dev.banter.kafka.streams;

import dev.banter.api.BanterRuntime;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.Version;
import dev.banter.api.message.Message;
import dev.banter.api.message.MessageCodec;
import dev.banter.api.message.MessageType;
import dev.banter.api.message.Payload;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.api.types.Tip;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.FileSystemCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The test extension: counts tips in kv and says so; {@code !remind} starts a 5 s reminder timer. */
final class Tally {

    static final Version V1 = Version.parse("1.0.0");

    static final String MANIFEST = """
            {"id": "tally", "name": "Tally", "version": "1.0.0", "kind": "bot", "api": "banter/1",
             "main": "main.js", "types": ["tip", "chat.message"], "commands": ["remind"],
             "permissions": ["notice", "kv", "timers"]}
            """;

    static final String CODE = String.join(
            "\n",
            "banter.on('tip', (tip, ctx) => {",
            "  const n = ctx.kv.incr('tips', 1);",
            "  const sum = ctx.kv.incr('amount', tip.amount);",
            "  ctx.room.notice('tip ' + n + ' sum ' + sum);",
            "});",
            "banter.command('remind', (cmd, ctx) => ctx.timers.every('remind', 5000));",
            "banter.timer('remind', (t, ctx) => ctx.room.notice('reminder ' + ctx.kv.incr('reminders', 1)));");

    /** The install command's value. */
    static final byte[] INSTALL =
            "{\"extension\": \"tally\", \"version\": \"1.0.0\", \"actor\": \"ops\"}".getBytes(StandardCharsets.UTF_8);

    /** The install command as an events-topic record for {@code room}. */
    static ProducerRecord<String, byte[]> control(String room) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("banter.events", room, INSTALL);
        record.headers().add(BanterStreams.CONTROL_HEADER, "install".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static final MessageCodec CODEC;

    static {
        try (BanterRuntime runtime = BanterRuntime.newBuilder().lanes(1).build()) {
            CODEC = runtime.codec();
        }
    }

    private Tally() {}

    /** A catalog under {@code root} with tally 1.0.0 published. */
    static FileSystemCatalog catalog(Path root) {
        FileSystemCatalog catalog = FileSystemCatalog.open(root, PlatformPolicy.permissive());
        if (catalog.versions("tally").isEmpty()) {
            catalog.submit(ExtensionPackages.of(MANIFEST, Map.of("main.js", CODE)));
            catalog.publish("tally", V1);
        }
        return catalog;
    }

    static byte[] tip(String id, String room, long amount) {
        return encode(BuiltinTypes.TIP, id, room, "carol", new Tip(amount, "", false));
    }

    static byte[] chat(String id, String room, String body) {
        return encode(BuiltinTypes.CHAT_MESSAGE, id, room, "dave", new ChatMessage(body));
    }

    private static <P extends Payload> byte[] encode(MessageType<P> type, String id, String room, String user, P body) {
        return CODEC.encode(new Message(id, type, RoomId.of(room), User.viewer(user), Instant.EPOCH, body));
    }
}
