package dev.banter.portal.internal;

import dev.banter.api.BanterRuntime;
import dev.banter.api.ExtensionException;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.room.RoomId;
import dev.banter.api.sandbox.ExtensionInstance;
import dev.banter.api.sandbox.InstanceSpec;
import dev.banter.api.sandbox.Sandbox;
import dev.banter.api.sandbox.SandboxConfig;
import dev.banter.api.sandbox.SandboxProvider;
import dev.banter.core.state.InMemoryStateStore;
import dev.banter.sdk.harness.Diagnostic;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a package in the production sandbox, as a room would, and reports a syntax or top-level error at its line
 * and column. The code runs under the sandbox's limits (load deadline, statements, heap), so a hostile draft
 * cannot hurt the portal; its instance is closed at once.
 */
final class EngineCheck implements AutoCloseable {

    // GraalJS reports "file:line:column message"; a runtime error at the top level names "(file:line:column)".
    private static final Pattern AT = Pattern.compile("([A-Za-z0-9_./-]+\\.(?:js|mjs)):(\\d+):(\\d+)");
    private static final RoomId ROOM = RoomId.of("portal-check");

    private final BanterRuntime runtime;
    private final Sandbox sandbox;
    private final InMemoryStateStore store = new InMemoryStateStore();

    EngineCheck() {
        this.runtime = BanterRuntime.newBuilder().lanes(1).build();
        this.sandbox = SandboxProvider.load("graal")
                .create(SandboxConfig.of(1).withTypes(runtime.types().types()));
    }

    /** The load error of {@code pkg}, if loading fails. */
    synchronized Optional<Diagnostic> load(ExtensionPackage pkg) {
        InstanceSpec spec =
                InstanceSpec.of(pkg.source(), ROOM, 0, store, pkg.manifest().permissions());
        try (ExtensionInstance instance = sandbox.instantiate(spec)) {
            return Optional.empty();
        } catch (ExtensionException e) {
            return Optional.of(locate(pkg, e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Diagnostic("banter.json", 1, 1, e.getMessage()));
        }
    }

    /** Where a load error's message points, else the main file's first line. */
    static Diagnostic locate(ExtensionPackage pkg, String message) {
        Matcher m = AT.matcher(message);
        String prefix = "extension '" + pkg.id() + "' failed while loading: ";
        String text = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        if (m.find() && pkg.files().containsKey(m.group(1))) {
            return new Diagnostic(
                    m.group(1), Integer.parseInt(m.group(2)), Math.max(1, Integer.parseInt(m.group(3))), text);
        }
        return new Diagnostic(pkg.source().main(), 1, 1, text);
    }

    @Override
    public synchronized void close() {
        sandbox.close();
        runtime.close();
        store.close();
    }
}
