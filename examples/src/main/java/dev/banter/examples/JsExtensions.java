package dev.banter.examples;

import dev.banter.api.action.Permission;
import dev.banter.api.handler.Slot;
import dev.banter.api.room.Room;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.spi.StateStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The example JavaScript extensions shipped with the examples ({@code dice}, a command bot, and {@code calm}, an app
 * that rewrites shouting) and how a host installs them.
 */
public final class JsExtensions {

    private JsExtensions() {}

    /** The source of a shipped example extension, by name. */
    public static ExtensionSource source(String name) {
        String file = name + ".js";
        String code = resource("extensions/" + file);
        if (code == null) {
            throw new IllegalArgumentException("no example extension '" + name + "'; there are dice and calm");
        }
        return ExtensionSource.of(name, "1.0.0", "banter/1", file, code);
    }

    /** A text resource of this package, or null if there is none. */
    static @Nullable String resource(String name) {
        try (InputStream in = JsExtensions.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs {@code dice} (a bot that may send notices and keep high scores in kv) and {@code calm} (the room's app) in a room. */
    public static List<ExtensionInstance> installAll(Sandbox sandbox, Room room, StateStore state) {
        InstanceSpec dice = InstanceSpec.of(
                source("dice"), room.id(), room.lane(), state, Set.of(Permission.NOTICE, Permission.KV));
        InstanceSpec calm = InstanceSpec.of(source("calm"), room.id(), room.lane(), state, Set.of())
                .withSettings(Map.of("minLetters", 6))
                .inSlot(Slot.APP);
        ExtensionInstance diceInstance = sandbox.instantiate(dice);
        ExtensionInstance calmInstance = sandbox.instantiate(calm);
        diceInstance.installInto(room);
        calmInstance.installInto(room);
        return List.of(diceInstance, calmInstance);
    }
}
