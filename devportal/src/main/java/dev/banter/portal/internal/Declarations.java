package dev.banter.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What TypeScript declaration files declare, as the editor's completion needs it: the interfaces (qualified by their
 * namespaces, inherited members folded in) with their members' kinds, types, signatures and doc comments; the
 * global values ({@code declare const banter: Banter.Api}); and parameter names bound to interface types anywhere
 * in a signature ({@code ctx: Context}), which the editor uses for variables of that name.
 *
 * <p>A small reader of the declaration subset the SDK uses (namespaces, interfaces with {@code extends}, type
 * aliases, {@code declare const/let/var/function}), not a TypeScript parser: anything else is skipped, and it never
 * throws on any input. It runs once per portal start, not while typing.
 */
public final class Declarations {

    /** One member of an interface, or a global. */
    public record Member(String name, String kind, String type, String detail, String doc) {}

    private static final Pattern PARAM = Pattern.compile("([A-Za-z_$][\\w$]*)\\??\\s*:\\s*([A-Za-z_$][\\w$.]*)");
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_$][\\w$.]*");
    private static final Set<String> SKIP_TYPE_WORDS = Set.of("readonly", "typeof", "keyof", "unique");

    private final Map<String, List<Member>> types = new LinkedHashMap<>();
    private final Map<String, List<String>> supers = new LinkedHashMap<>();
    private final Map<String, String> scopes = new LinkedHashMap<>();
    private final List<Member> globals = new ArrayList<>();
    private final List<String[]> params = new ArrayList<>();

    private Declarations() {}

    /** Reads declaration files, by name. */
    public static Declarations read(Map<String, String> files) {
        Declarations d = new Declarations();
        for (String text : files.values()) {
            new Reader(DtsTokens.of(text), d).block("", Integer.MAX_VALUE);
        }
        return d;
    }

    /** Every interface with its members, inherited ones after its own, by qualified name. */
    public Map<String, List<Member>> types() {
        Map<String, List<Member>> out = new LinkedHashMap<>();
        for (String name : types.keySet()) {
            Map<String, Member> all = new LinkedHashMap<>();
            collect(name, all, new LinkedHashSet<>());
            out.put(name, List.copyOf(all.values()));
        }
        return out;
    }

    /** The global values and functions. */
    public List<Member> globals() {
        return List.copyOf(globals);
    }

    /** Parameter name to the qualified interface it is declared with; the first declaration of a name wins. */
    public Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] p : params) {
            String resolved = resolve(p[1], p[2]);
            if (resolved != null) {
                out.putIfAbsent(p[0], resolved);
            }
        }
        return out;
    }

    /** The interface a type text refers to, seen from namespace {@code scope}; null if none. */
    public @Nullable String resolve(String scope, String typeText) {
        Matcher m = TYPE_NAME.matcher(typeText);
        while (m.find()) {
            String name = m.group();
            if (SKIP_TYPE_WORDS.contains(name)) {
                continue;
            }
            for (String s = scope; ; s = s.contains(".") ? s.substring(0, s.lastIndexOf('.')) : "") {
                String q = s.isEmpty() ? name : s + "." + name;
                if (types.containsKey(q)) {
                    return q;
                }
                if (s.isEmpty()) {
                    break;
                }
            }
            for (String q : types.keySet()) {
                if (q.endsWith("." + name)) {
                    return q;
                }
            }
            return null;
        }
        return null;
    }

    /** The model the editor's completion reads. */
    public Map<String, Object> toJson() {
        Map<String, Object> typeJson = new LinkedHashMap<>();
        types().forEach((name, members) -> typeJson.put(
                name,
                members.stream()
                        .map(m -> member(m, scopes.getOrDefault(name, "")))
                        .toList()));
        return Router.map(
                "types", typeJson,
                "globals", globals.stream().map(m -> member(m, "")).toList(),
                "parameters", parameters());
    }

    private Map<String, Object> member(Member m, String scope) {
        Map<String, Object> j = Router.map("name", m.name(), "kind", m.kind(), "detail", m.detail(), "doc", m.doc());
        j.put("type", resolve(scope, m.type()));
        return j;
    }

    private void collect(String name, Map<String, Member> into, Set<String> seen) {
        if (!seen.add(name)) {
            return;
        }
        for (Member m : types.getOrDefault(name, List.of())) {
            into.putIfAbsent(m.name(), m);
        }
        for (String parent : supers.getOrDefault(name, List.of())) {
            String resolved = resolve(scopes.getOrDefault(name, ""), parent);
            if (resolved != null) {
                collect(resolved, into, seen);
            }
        }
    }

    /** A recursive reader over the tokens of one file. */
    private static final class Reader {
        private final List<DtsTokens.Token> t;
        private final Declarations d;
        private int i;

        Reader(List<DtsTokens.Token> tokens, Declarations d) {
            this.t = tokens;
            this.d = d;
        }

        private String at(int k) {
            return k < t.size() ? t.get(k).text() : "";
        }

        private String doc() {
            String doc = i < t.size() ? t.get(i).doc() : "";
            return doc == null ? "" : doc;
        }

        /** Reads declarations until the closing brace of a block (or the end). */
        void block(String scope, int guard) {
            while (i < t.size() && !at(i).equals("}")) {
                int before = i;
                declaration(scope);
                if (i == before) {
                    i++;
                }
            }
            i++; // the closing brace
        }

        private void declaration(String scope) {
            String doc = doc();
            while (at(i).equals("declare") || at(i).equals("export") || at(i).equals("global")) {
                if (at(i).equals("global") && at(i + 1).equals("{")) {
                    i += 2;
                    block(scope, 0);
                    return;
                }
                i++;
            }
            switch (at(i)) {
                case "namespace", "module" -> {
                    StringBuilder name = new StringBuilder(at(i + 1));
                    i += 2;
                    while (at(i).equals(".")) {
                        name.append('.').append(at(i + 1));
                        i += 2;
                    }
                    if (at(i).equals("{")) {
                        i++;
                        block(qualify(scope, name.toString()), 0);
                    }
                }
                case "interface" -> iface(scope);
                case "const", "let", "var" -> {
                    String name = at(i + 1);
                    i += 2;
                    String type = at(i).equals(":") ? typeText(scope, ++i) : "";
                    d.globals.add(new Member(name, "variable", type, type, doc));
                }
                case "function" -> {
                    String name = at(i + 1);
                    i += 2;
                    String signature = signature(scope);
                    d.globals.add(new Member(name, "function", returnType(signature), signature, doc));
                }
                case "type" -> {
                    i++;
                    typeText(scope, i);
                }
                default -> i++;
            }
        }

        private void iface(String scope) {
            String name = qualify(scope, at(i + 1));
            i += 2;
            skipGenerics();
            List<String> parents = new ArrayList<>();
            if (at(i).equals("extends")) {
                i++;
                while (i < t.size() && !at(i).equals("{")) {
                    if (!at(i).equals(",")) {
                        StringBuilder p = new StringBuilder(at(i++));
                        while (at(i).equals(".")) {
                            p.append('.').append(at(i + 1));
                            i += 2;
                        }
                        parents.add(p.toString());
                        skipGenerics();
                    } else {
                        i++;
                    }
                }
            }
            if (!at(i).equals("{")) {
                return;
            }
            i++;
            List<Member> members = d.types.computeIfAbsent(name, k -> new ArrayList<>());
            d.supers.computeIfAbsent(name, k -> new ArrayList<>()).addAll(parents);
            d.scopes.put(name, scope);
            while (i < t.size() && !at(i).equals("}")) {
                int before = i;
                Member m = member(scope);
                if (m != null) {
                    members.add(m);
                }
                if (i == before) {
                    i++;
                }
            }
            i++;
        }

        private @Nullable Member member(String scope) {
            String doc = doc();
            if (at(i).equals(";") || at(i).equals(",")) {
                i++;
                return null;
            }
            if (at(i).equals("readonly") && !at(i + 1).equals(":") && !at(i + 1).equals("(")) {
                i++;
            }
            if (at(i).equals("(") || at(i).equals("[") || at(i).equals("<") || at(i).equals("new")) {
                // call, index or construct signature: not a named member
                typeText(scope, i);
                return null;
            }
            String name = unquote(at(i++));
            if (at(i).equals("?")) {
                i++;
            }
            if (at(i).equals("(") || at(i).equals("<")) {
                String signature = signature(scope);
                return new Member(name, "method", returnType(signature), signature, doc);
            }
            if (at(i).equals(":")) {
                String type = typeText(scope, ++i);
                return new Member(name, "property", type, type, doc);
            }
            return null;
        }

        /** {@code (params): Return} or {@code <T>(params): Return}, up to the ending semicolon. */
        private String signature(String scope) {
            int start = i;
            String text = typeText(scope, i);
            return text.isEmpty() && i == start ? "" : text;
        }

        /**
         * The text from token {@code from} to the first {@code ;}, {@code ,} or closing brace at depth zero (or a
         * member on a new line), with every {@code name: Type} pair in it recorded as a parameter.
         */
        private String typeText(String scope, int from) {
            i = from;
            StringBuilder b = new StringBuilder();
            int depth = 0;
            while (i < t.size()) {
                String s = at(i);
                if (depth == 0 && (s.equals(";") || s.equals("}") || s.equals(","))) {
                    if (!s.equals("}")) {
                        i++;
                    }
                    break;
                }
                if (depth == 0 && i > from && t.get(i).newline() && !continues(at(i - 1), s)) {
                    break;
                }
                switch (s) {
                    case "(", "{", "[", "<" -> depth++;
                    case ")", "}", "]", ">" -> depth = Math.max(0, depth - 1);
                    default -> {}
                }
                if (!b.isEmpty() && needsSpace(b.charAt(b.length() - 1), s)) {
                    b.append(' ');
                }
                b.append(s);
                i++;
            }
            String text = b.toString();
            Matcher m = PARAM.matcher(text);
            while (m.find()) {
                d.params.add(new String[] {m.group(1), scope, m.group(2)});
            }
            return text;
        }

        private void skipGenerics() {
            if (!at(i).equals("<")) {
                return;
            }
            int depth = 0;
            do {
                if (at(i).equals("<")) {
                    depth++;
                } else if (at(i).equals(">")) {
                    depth--;
                }
                i++;
            } while (i < t.size() && depth > 0);
        }

        private static boolean continues(String previous, String next) {
            return Set.of("|", "&", ":", "=>", "(", ",", "<", "=", "?").contains(previous)
                    || Set.of("|", "&", "=>", ")", ">", "]").contains(next);
        }

        private static boolean needsSpace(char last, String next) {
            boolean word = Character.isLetterOrDigit(last) || last == '_' || last == '$' || last == '\'';
            boolean nextWord = !next.isEmpty()
                    && (Character.isLetterOrDigit(next.charAt(0))
                            || next.charAt(0) == '_'
                            || next.charAt(0) == '$'
                            || next.charAt(0) == '\''
                            || next.charAt(0) == '"');
            return (word && nextWord)
                    || next.equals("=>")
                    || next.equals("|")
                    || next.equals("&")
                    || last == ':'
                    || last == ','
                    || last == '|'
                    || last == '&'
                    || last == '>' && nextWord;
        }

        private static String qualify(String scope, String name) {
            return scope.isEmpty() ? name : scope + "." + name;
        }

        private static String unquote(String s) {
            return s.length() >= 2 && (s.startsWith("'") || s.startsWith("\"")) ? s.substring(1, s.length() - 1) : s;
        }

        private static String returnType(String signature) {
            int depth = 0;
            for (int k = 0; k < signature.length(); k++) {
                char c = signature.charAt(k);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ':' && depth == 0) {
                    return signature.substring(k + 1).trim();
                }
            }
            return "";
        }
    }
}
