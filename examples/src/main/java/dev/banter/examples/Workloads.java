package dev.banter.examples;

import dev.banter.api.action.Permission;
import dev.banter.api.sandbox.ExtensionSource;
import java.util.Objects;
import java.util.Set;

/**
 * The five reference workloads ported to the {@code banter/1} dialect, as JavaScript extensions for a sandbox such as
 * {@code banter-sandbox-graal}. The code is in {@code dev/banter/examples/workloads/}; each port keeps the logic of
 * its reference ({@code w1_wordfilter.js} .. {@code w5_transform.js}, written as {@code handle(msg, api)}) and says
 * in its header how the reference's results map to the dialect.
 *
 * @since 0.1
 */
public enum Workloads {
    /** Banned words and links: ban or warn, then reject. */
    W1_WORDFILTER("w1_wordfilter", Set.of(Permission.MODERATION_BAN, Permission.MODERATION_WARN)),
    /** A per-user sliding window in kv: mute and reject over 5 messages in 10 s. */
    W2_SPAMRATE("w2_spamrate", Set.of(Permission.MODERATION_MUTE, Permission.KV)),
    /** Tip totals, top tipper, goal notices and subject updates; subscribes to tips only. */
    W3_TIPGOAL("w3_tipgoal", Set.of(Permission.NOTICE, Permission.SUBJECT, Permission.KV)),
    /** {@code !help}, {@code !menu}, {@code !roll NdM}, {@code !top} as commands. */
    W4_COMMANDS("w4_commands", Set.of(Permission.NOTICE, Permission.KV)),
    /** {@code :emoji:} codes, repeated characters and a length cap: rewrites every chat body. */
    W5_TRANSFORM("w5_transform", Set.of());

    private final String file;
    private final Set<Permission> permissions;

    Workloads(String file, Set<Permission> permissions) {
        this.file = file;
        this.permissions = permissions;
    }

    /** The file name without {@code .js}, which is also the reference's: {@code w1_wordfilter}. */
    public String fileName() {
        return file;
    }

    /** The extension id: the file name with {@code -} for {@code _}, for example {@code w1-wordfilter}. */
    public String id() {
        return file.replace('_', '-');
    }

    /** The permissions the port needs, and no others. */
    public Set<Permission> permissions() {
        return permissions;
    }

    /** The port's source code. */
    public String code() {
        String resource = "workloads/" + file + ".js";
        return Objects.requireNonNull(JsExtensions.resource(resource), resource);
    }

    /** The port as a one-file {@code banter/1} extension. */
    public ExtensionSource source() {
        return ExtensionSource.banter1(id(), code());
    }

    /** The workload of that number, 1..5. */
    public static Workloads number(int n) {
        if (n < 1 || n > 5) {
            throw new IllegalArgumentException("workloads are numbered 1..5, not " + n);
        }
        return values()[n - 1];
    }
}
