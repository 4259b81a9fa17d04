package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.banter.api.BanterRuntime;
import dev.banter.api.action.Notice;
import dev.banter.api.action.NoticeTarget;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.RoomExtensions;
import dev.banter.api.handler.HandlerSpec;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.Role;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExecutionMode;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.ChatMessage;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.core.state.InMemoryStateStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsExtensionsTest {

    private final BanterRuntime runtime = BanterRuntime.newBuilder().lanes(2).build();
    private final Sandbox sandbox = SandboxProvider.load("graal")
            .create(SandboxConfig.of(runtime.lanes()).withTypes(runtime.types().types()));
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final Room room = runtime.openRoom(RoomId.of("lobby"));

    @TempDir
    Path catalogDir;

    private RoomExtensions rooms() {
        FileSystemCatalog catalog = FileSystemCatalog.open(catalogDir, PlatformPolicy.permissive());
        JsExtensions.publishAll(catalog);
        return DefaultRoomExtensions.newBuilder()
                .runtime(runtime)
                .sandbox(sandbox)
                .catalog(catalog)
                .state(state)
                .build();
    }

    @AfterEach
    void close() {
        runtime.close();
        sandbox.close();
    }

    private Outcome say(User user, String body) throws Exception {
        return runtime.submit(Message.of(BuiltinTypes.CHAT_MESSAGE, room.id(), user, new ChatMessage(body)))
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void dice_rollsAndRemembersTheBest_calmRewritesShouting() throws Exception {
        RoomExtensions rooms = rooms();
        JsExtensions.installAll(rooms, room.id(), "lobby");
        assertThat(sandbox.executionMode()).isEqualTo(ExecutionMode.COMPILED);

        Outcome roll = say(User.viewer("alice"), "!roll 3d1x");
        Outcome good = say(User.viewer("alice"), "!roll 2d6");
        Outcome best = say(User.viewer("alice"), "!best");
        Outcome shout = say(User.viewer("bob"), "THIS IS SOOOOO LOUD");
        Outcome owner = say(User.of("carol", Role.OWNER), "I MAY SHOUT");

        assertThat(roll.actions()).containsExactly(Notice.toUser("alice", "usage: !roll NdM (N 1-20, M 2-999)"));
        Notice rolled = (Notice) good.actions().get(0);
        assertThat(rolled.target()).isEqualTo(NoticeTarget.everyone());
        assertThat(rolled.text()).matches("alice rolled 2d6: [1-6] \\+ [1-6] = \\d+");
        String sum = rolled.text().substring(rolled.text().lastIndexOf(' ') + 1);
        assertThat(best.actions()).containsExactly(Notice.toUser("alice", "your best roll: " + sum));
        assertThat(shout.message().payload())
                .as(shout.trace().toString())
                .isEqualTo(new ChatMessage("this is sooo loud"));
        assertThat(owner.modified()).isFalse();
    }

    @Test
    void installAll_goesThroughTheCatalog_appFirst() {
        RoomExtensions rooms = rooms();

        JsExtensions.installAll(rooms, room.id(), "lobby");

        assertThat(rooms.installed(room.id()))
                .extracting(i ->
                        i.id() + "@" + i.version() + " " + i.kind().key() + " " + new java.util.TreeSet<>(i.grants()))
                .containsExactly("calm@1.0.0 app []", "dice@1.0.0 bot [NOTICE, KV]");
        assertThat(rooms.audit())
                .extracting(r -> r.action() + " " + r.extensionId() + " " + r.result())
                .containsExactly("INSTALL dice SUCCEEDED", "INSTALL calm SUCCEEDED");
        assertThat(room.handlers()).extracting(HandlerSpec::id).containsExactly("ext:calm", "ext:dice");
    }

    @Test
    void publishAll_isIdempotent() {
        FileSystemCatalog catalog = FileSystemCatalog.open(catalogDir, PlatformPolicy.permissive());
        JsExtensions.publishAll(catalog);
        JsExtensions.publishAll(catalog);

        assertThat(catalog.ids()).containsExactlyInAnyOrder("dice", "calm");
        assertThat(catalog.versions("dice"))
                .singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(PublicationState.PUBLISHED));
    }

    @Test
    void pkg_readsTheManifestAndItsFiles() {
        ExtensionPackage calm = JsExtensions.pkg("calm");

        assertThat(calm.files()).containsOnlyKeys("banter.json", "calm.js");
        assertThat(calm.manifest().kind().key()).isEqualTo("app");
        assertThat(calm.manifest().settings().names()).containsExactly("minLetters");
        assertThat(JsExtensions.pkg("dice").manifest().commands()).containsExactly("roll", "best");
    }

    @Test
    void source_unknownName_saysWhichExist() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JsExtensions.source("nope"))
                .withMessage("no example extension 'nope'; there are dice and calm");
    }
}
