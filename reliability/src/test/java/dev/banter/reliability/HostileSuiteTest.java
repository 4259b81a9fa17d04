package dev.banter.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Permission;
import dev.banter.api.handler.Outcome;
import dev.banter.api.message.Message;
import dev.banter.api.room.Room;
import dev.banter.api.room.RoomId;
import dev.banter.api.room.User;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.types.BuiltinTypes;
import dev.banter.api.types.UserEnter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every hostile extension the project knows, at once, under the default limits, in one runtime next to a room that
 * counts tips. The sandbox's {@code HostileTest} and {@code ProjectHostileTest} check each file against its own
 * expectation in isolation; this checks that together they stop neither the host nor a room that has money in it,
 * and that {@code docs/security.md} names each shared file.
 */
class HostileSuiteTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path SHARED = Path.of(System.getProperty("banter.shared", "../../shared"))
            .toAbsolutePath()
            .normalize()
            .resolve("hostile");
    private static final Path PROJECT = ROOT.resolve("sandbox-graal/src/test/resources/hostile");

    @Test
    void everyHostileExtensionAtOnce_leavesTheHostAndATippedRoomWhole() throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "no shared hostile set at " + SHARED + "; skipping");
        List<Path> files = new ArrayList<>(scripts(SHARED));
        files.addAll(scripts(PROJECT));
        try (Rig rig = new Rig()) {
            rig.counter(rig.b, rig.store);
            List<Room> hostile = new ArrayList<>();
            for (Path file : files) {
                String id =
                        "h-" + file.getFileName().toString().replace(".js", "").replace('_', '-');
                Room room = rig.runtime.openRoom(RoomId.of("hostile-" + hostile.size()));
                try {
                    rig.sandbox
                            .instantiate(InstanceSpec.of(
                                    ExtensionSource.banter1(id, Files.readString(file)),
                                    room.id(),
                                    room.lane(),
                                    rig.store,
                                    Set.of(Permission.values())))
                            .installInto(room);
                } catch (ExtensionException e) {
                    assertThat(e.isLimitExceeded() || e.isGuestError())
                            .as(e.getMessage())
                            .isTrue();
                }
                hostile.add(room);
            }
            List<CompletableFuture<Outcome>> outs = new ArrayList<>();
            long tipId = 0;
            for (Room room : hostile) {
                for (String body : List.of("hi", "go", "down", "array")) {
                    outs.add(rig.submit(Rig.chat(room, body)));
                }
                outs.add(rig.submit(Rig.tip(room, 1_000_000 + tipId)));
                outs.add(rig.submit(
                        Message.of(BuiltinTypes.USER_ENTER, room.id(), User.viewer("m"), UserEnter.INSTANCE)));
                outs.add(rig.submit(Rig.tip(rig.b, ++tipId)));
            }
            for (CompletableFuture<Outcome> f : outs) {
                assertThat(Rig.await(f).status()).isIn(Outcome.Status.DELIVERED, Outcome.Status.REJECTED);
            }
            assertThat(rig.kv(rig.b, "count")).isEqualTo(Long.toString(tipId));
            assertThat(Rig.clean(rig.send(Rig.tip(rig.b, ++tipId)))).isTrue();
        }
        String security = Files.readString(ROOT.resolve("docs/security.md"));
        for (Path file : scripts(SHARED)) {
            assertThat(security)
                    .as("docs/security.md names " + file.getFileName())
                    .contains(file.getFileName().toString());
        }
    }

    private static List<Path> scripts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }
}
