package dev.banter.api.extension;

import dev.banter.api.action.Permission;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an extension is, as its {@code banter.json} declares it. The engine's manifest reader turns the JSON into
 * this record and reports every problem with the field's path and value; the record itself only guards the
 * invariants that keep it usable (non-null parts, a well-formed id, a main file or per-handler files).
 *
 * @param id the extension's id, 1..64 chars of {@code [a-z0-9._-]}, starting with a letter or digit
 * @param name the display name, 1..100 chars
 * @param version its version; published versions of one id are immutable
 * @param kind app or bot
 * @param dialect the JavaScript API it is written against
 * @param main the file whose top-level code registers the handlers, or null when {@code handlers} lists one file per
 *     handler
 * @param handlers per-handler files ({@code cb/2} style): event name to file, such as {@code onTip -> tip.js}; empty
 *     when {@code main} is given
 * @param shared files evaluated before the handler files, in order (shared code)
 * @param types the message types it handles, by name, such as {@code chat.message}
 * @param categories the routing categories it subscribes to, such as {@code command} or {@code tip.tier.2}
 * @param commands the commands it answers, without prefix, lower-case
 * @param permissions what it may do; anything else is refused at run time
 * @param settings its settings form
 * @param limits the limits it asks for, each within the platform's maxima; unset kinds get the platform's defaults
 * @param description what it does, for the catalog, up to 2,000 chars
 * @since 0.2
 */
public record ExtensionManifest(
        String id,
        String name,
        Version version,
        ExtensionKind kind,
        Dialect dialect,
        @Nullable String main,
        Map<String, String> handlers,
        List<String> shared,
        List<String> types,
        List<String> categories,
        List<String> commands,
        Set<Permission> permissions,
        SettingsSchema settings,
        Map<LimitKind, Long> limits,
        String description) {

    /** Extension ids, as {@link dev.banter.api.sandbox.ExtensionSource} accepts them. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** The file name of a manifest in an extension's directory or package. */
    public static final String FILE_NAME = "banter.json";

    public ExtensionManifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(description, "description");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("extension id must be 1..64 chars of [a-z0-9._-]: '" + id + "'");
        }
        handlers = Map.copyOf(handlers);
        shared = List.copyOf(shared);
        types = List.copyOf(types);
        categories = List.copyOf(categories);
        commands = List.copyOf(commands);
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        limits = limits.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(limits));
        if ((main == null) == handlers.isEmpty()) {
            throw new IllegalArgumentException("extension '" + id
                    + "' needs either a main file or per-handler files, not " + (main == null ? "neither" : "both"));
        }
    }

    /**
     * The limits this manifest asks for that {@code maxima} do not allow: a value above its maximum, or for a
     * {@link LimitKind#isFloor() floor} such as {@code timer-interval} below its minimum, is a problem at
     * {@code limits.<key>}.
     *
     * @return the problems, in {@link LimitKind} order; empty when every request is allowed
     */
    public List<ValidationProblem> limitProblems(SandboxLimits maxima) {
        Objects.requireNonNull(maxima, "maxima");
        List<ValidationProblem> problems = new ArrayList<>();
        for (Map.Entry<LimitKind, Long> e : new TreeMap<>(limits).entrySet()) {
            LimitKind kind = e.getKey();
            long asked = e.getValue();
            long allowed = maxima.get(kind);
            if (kind.isFloor() ? asked < allowed : asked > allowed) {
                problems.add(new ValidationProblem(
                        "limits." + kind.key(),
                        String.valueOf(asked),
                        (kind.isFloor() ? "at least " : "at most ") + allowed + " " + kind.unit()
                                + (kind.isFloor() ? " (the platform minimum)" : " (the platform maximum)")));
            }
        }
        return problems;
    }

    /** {@code id@version}, as the catalog and logs name a version. */
    public String coordinates() {
        return id + "@" + version;
    }

    /** Every source file the manifest names, shared code first, then main or the handler files. */
    public List<String> files() {
        ArrayList<String> files = new ArrayList<>(shared);
        if (main != null) {
            files.add(main);
        }
        handlers.values().stream().sorted().forEach(files::add);
        return List.copyOf(new LinkedHashSet<>(files));
    }
}
