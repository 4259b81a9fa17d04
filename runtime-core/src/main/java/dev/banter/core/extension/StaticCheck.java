package dev.banter.core.extension;

import dev.banter.api.action.Permission;
import dev.banter.api.extension.Dialect;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.core.extension.JsTokens.Kind;
import dev.banter.core.extension.JsTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The lexical check behind {@link Manifests#staticProblems}: one pass over the tokens of each {@code banter/1} file. */
final class StaticCheck {

    private static final Map<String, Permission> ROOM =
            Map.of("notice", Permission.NOTICE, "setSubject", Permission.SUBJECT);
    private static final Map<String, Permission> MODERATION = Map.of(
            "mute", Permission.MODERATION_MUTE,
            "ban", Permission.MODERATION_BAN,
            "kick", Permission.MODERATION_KICK,
            "warn", Permission.MODERATION_WARN);
    private static final List<String> KV = List.of("get", "set", "has", "incr", "delete", "keys");
    private static final List<String> TIMERS = List.of("after", "every", "cancel");
    private static final List<String> LOG = List.of("info", "warn", "error");
    private static final List<String> BANTER = List.of("version", "on", "command", "timer", "migrate");
    /** What a handler context has; {@code ctx.x} for another x is reported, as it is undefined at run time. */
    private static final Map<String, List<String>> CTX = Map.of(
            "reject", List.of(),
            "modify", List.of(),
            "now", List.of(),
            "room", List.copyOf(ROOM.keySet()),
            "moderation", List.copyOf(MODERATION.keySet()),
            "kv", KV,
            "settings", List.of(),
            "log", LOG,
            "timers", TIMERS);

    private final ExtensionManifest manifest;
    private final List<ValidationProblem> problems = new ArrayList<>();
    private String file = "";
    private List<Token> tokens = List.of();

    private StaticCheck(ExtensionManifest manifest) {
        this.manifest = manifest;
    }

    static List<ValidationProblem> problems(ExtensionManifest manifest, Map<String, String> files) {
        StaticCheck check = new StaticCheck(manifest);
        if (manifest.dialect() != Dialect.BANTER_1) {
            return List.of();
        }
        for (String name : manifest.files()) {
            String source = files.get(name);
            if (source == null) {
                check.problems.add(new ValidationProblem(name, "missing", "the source of a file the manifest names"));
            } else {
                check.scan(name, source);
            }
        }
        return List.copyOf(check.problems);
    }

    private void scan(String name, String source) {
        file = name;
        tokens = JsTokens.of(source);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Kind.NAME) {
                continue;
            }
            boolean member = k > 0 && tokens.get(k - 1).is(Kind.PUNCT, ".");
            String next = memberAfter(k);
            if (!member && next != null && t.text().equals("ctx")) {
                members(k, next);
            }
            switch (t.text()) {
                case "banter" -> banter(k, next);
                case "room" -> need(t, next == null ? null : ROOM.get(next), "room." + next);
                case "moderation" -> need(t, next == null ? null : MODERATION.get(next), "moderation." + next);
                case "kv" -> {
                    if (member || (next != null && KV.contains(next))) {
                        need(t, Permission.KV, next == null ? "kv" : "kv." + next);
                    }
                }
                case "timers" -> {
                    if (member || (next != null && TIMERS.contains(next))) {
                        need(t, Permission.TIMERS, next == null ? "timers" : "timers." + next);
                    }
                }
                default -> {}
            }
        }
    }

    /** The name in {@code x.name} when token {@code k} is {@code x}, else null. */
    private @Nullable String memberAfter(int k) {
        if (k + 2 < tokens.size()
                && tokens.get(k + 1).is(Kind.PUNCT, ".")
                && tokens.get(k + 2).kind() == Kind.NAME) {
            return tokens.get(k + 2).text();
        }
        return null;
    }

    /**
     * {@code ctx.next} and {@code ctx.next.member}: the names a handler context has. Only the conventional parameter
     * name {@code ctx} is checked; a member of {@code ctx.settings} is the extension's own.
     */
    private void members(int k, String next) {
        List<String> allowed = CTX.get(next);
        if (allowed == null) {
            problems.add(new ValidationProblem(
                    where(tokens.get(k + 2)),
                    "ctx." + next,
                    "a member of the handler context: " + String.join(", ", sorted(CTX.keySet()))));
            return;
        }
        String member = memberAfter(k + 2);
        if (member != null && !allowed.isEmpty() && !allowed.contains(member)) {
            problems.add(new ValidationProblem(
                    where(tokens.get(k + 4)),
                    "ctx." + next + "." + member,
                    "a member of ctx." + next + ": " + String.join(", ", sorted(allowed))));
        }
    }

    private static List<String> sorted(java.util.Collection<String> names) {
        return names.stream().sorted().toList();
    }

    private void banter(int k, @Nullable String next) {
        Token t = tokens.get(k);
        if (next != null
                && !BANTER.contains(next)
                && !(k > 0 && tokens.get(k - 1).is(Kind.PUNCT, "."))) {
            problems.add(new ValidationProblem(
                    where(tokens.get(k + 2)), "banter." + next, "a member of banter: " + String.join(", ", BANTER)));
            return;
        }
        if ("timer".equals(next)) {
            need(t, Permission.TIMERS, "banter.timer");
            return;
        }
        if (!"on".equals(next) && !"command".equals(next)) {
            return;
        }
        if (k + 4 >= tokens.size()
                || !tokens.get(k + 3).is(Kind.PUNCT, "(")
                || tokens.get(k + 4).kind() != Kind.STRING) {
            return; // a computed name cannot be checked lexically
        }
        String name = tokens.get(k + 4).text();
        boolean type = next.equals("on");
        List<String> declared = type ? manifest.types() : manifest.commands();
        if (!declared.contains(name)) {
            problems.add(new ValidationProblem(
                    where(t),
                    "banter." + next + "('" + name + "')",
                    "'" + name + "' declared in the manifest's " + (type ? "types" : "commands")));
        }
    }

    private void need(Token t, @Nullable Permission permission, String what) {
        if (permission != null && !manifest.permissions().contains(permission)) {
            problems.add(new ValidationProblem(
                    where(t),
                    what,
                    "the '" + permission.key() + "' permission in the manifest's permissions (" + what
                            + " is refused at run time without it)"));
        }
    }

    private String where(Token t) {
        return file + ":" + t.line() + ":" + t.column();
    }
}
