package dev.banter.examples;

import dev.banter.api.extension.Catalog;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.InstalledExtension;
import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.RoomExtensions;
import dev.banter.api.room.RoomId;
import dev.banter.api.sandbox.ExtensionSource;
import dev.banter.core.extension.ExtensionPackages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The example JavaScript extensions shipped with the examples ({@code dice}, a command bot, and {@code calm}, an app
 * that rewrites shouting) and how a host publishes them to a catalog and installs them in a room. Each lives in its
 * own directory under {@code extensions/} with its {@code banter.json}.
 */
public final class JsExtensions {

    /** The names of the shipped extensions, in the order {@link #publishAll} and {@link #installAll} take them. */
    public static final List<String> NAMES = List.of("dice", "calm");

    private JsExtensions() {}

    /**
     * The package of a shipped example extension, by name: its {@code banter.json} and the files it names.
     *
     * @throws IllegalArgumentException if there is no such example
     */
    public static ExtensionPackage pkg(String name) {
        String dir = "extensions/" + name + "/";
        String manifest = NAMES.contains(name) ? resource(dir + ExtensionManifest.FILE_NAME) : null;
        if (manifest == null) {
            throw new IllegalArgumentException("no example extension '" + name + "'; there are dice and calm");
        }
        return ExtensionPackages.load(manifest, file -> resource(dir + file));
    }

    /** The source of a shipped example extension, by name, as a sandbox loads it. */
    public static ExtensionSource source(String name) {
        return pkg(name).source();
    }

    /** A text resource of this package, or null if there is none. */
    static @Nullable String resource(String name) {
        try (InputStream in = JsExtensions.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits every shipped extension to the catalog and publishes it (again submitting is harmless). */
    public static void publishAll(Catalog catalog) {
        for (String name : NAMES) {
            ExtensionPackage pkg = pkg(name);
            if (catalog.submit(pkg).state() == PublicationState.DRAFT) {
                catalog.publish(pkg.id(), pkg.version());
            }
        }
    }

    /**
     * Installs {@code dice} (a bot that may send notices) and {@code calm} (the room's app, shouting from 6 letters)
     * in a room, from the catalog {@link #publishAll} filled.
     */
    public static List<InstalledExtension> installAll(RoomExtensions rooms, RoomId room, String actor) {
        InstalledExtension dice =
                rooms.install(InstallRequest.of(room, "dice", pkg("dice").version(), actor));
        InstalledExtension calm = rooms.install(
                InstallRequest.of(room, "calm", pkg("calm").version(), actor).withSettings(Map.of("minLetters", 6)));
        return List.of(dice, calm);
    }
}
