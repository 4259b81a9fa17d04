package dev.banter.core.extension;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A rough JavaScript tokenizer for the static permission check: identifiers, numbers, string literals (with their
 * text) and punctuation. Comments, the text of template literals and regular-expression literals are skipped; the code inside {@code ${...}} of a template literal is tokenized like any other. It is lexical only:
 * it never fails, and code it misreads yields tokens that match nothing.
 */
final class JsTokens {

    enum Kind {
        NAME,
        NUMBER,
        STRING,
        PUNCT
    }

    /** One token; {@code text} is a string literal's content without its quotes. */
    record Token(Kind kind, String text, int line, int column) {
        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }
    }

    // after these words a slash starts a regular expression, not a division
    private static final Set<String> BEFORE_REGEX = Set.of(
            "return",
            "typeof",
            "case",
            "do",
            "else",
            "in",
            "of",
            "new",
            "delete",
            "void",
            "throw",
            "instanceof",
            "yield",
            "await");

    private final String src;
    private final List<Token> out = new ArrayList<>();
    // one entry per template literal we are inside of: the brace depth of its current ${...}
    private final Deque<int[]> templates = new ArrayDeque<>();
    private int i;
    private int line = 1;
    private int lineStart;

    private JsTokens(String src) {
        this.src = src;
    }

    static List<Token> of(String src) {
        JsTokens t = new JsTokens(src);
        t.run();
        return t.out;
    }

    private void run() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                newline();
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && peek(1) == '/') {
                skipTo("\n");
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '/' && regexAllowed()) {
                skipRegex();
            } else if (c == '\'' || c == '"') {
                string(c);
            } else if (c == '`') {
                i++;
                template();
            } else if (Character.isJavaIdentifierStart(c)) {
                name();
            } else if (Character.isDigit(c)) {
                number();
            } else {
                punct(c);
            }
        }
    }

    private void punct(char c) {
        if (!templates.isEmpty()) {
            int[] depth = templates.peek();
            if (c == '{') {
                depth[0]++;
            } else if (c == '}' && depth[0]-- == 0) {
                templates.pop();
                i++;
                template();
                return;
            }
        }
        int col = i - lineStart + 1;
        if (c == '?' && peek(1) == '.' && !Character.isDigit(peek(2))) {
            i++; // optional chaining reads as a member access
            c = '.';
        }
        out.add(new Token(Kind.PUNCT, String.valueOf(c), line, col));
        i++;
    }

    private void name() {
        int start = i;
        while (i < src.length() && Character.isJavaIdentifierPart(src.charAt(i))) {
            i++;
        }
        out.add(new Token(Kind.NAME, src.substring(start, i), line, start - lineStart + 1));
    }

    private void number() {
        int start = i;
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '.')) {
            i++;
        }
        out.add(new Token(Kind.NUMBER, src.substring(start, i), line, start - lineStart + 1));
    }

    private void string(char quote) {
        int col = i - lineStart + 1;
        int startLine = line;
        StringBuilder text = new StringBuilder();
        i++;
        while (i < src.length() && src.charAt(i) != quote && src.charAt(i) != '\n') {
            if (src.charAt(i) == '\\' && i + 1 < src.length()) {
                i++;
            }
            text.append(src.charAt(i));
            i++;
        }
        if (i < src.length() && src.charAt(i) == quote) {
            i++;
        }
        out.add(new Token(Kind.STRING, text.toString(), startLine, col));
    }

    /** Skips template text up to its end or to a {@code ${}, whose code is then tokenized. */
    private void template() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                i++;
                return;
            } else if (c == '$' && peek(1) == '{') {
                i += 2;
                templates.push(new int[] {0});
                return;
            } else if (c == '\n') {
                newline();
            } else {
                i++;
            }
        }
    }

    private boolean regexAllowed() {
        if (out.isEmpty()) {
            return true;
        }
        Token last = out.get(out.size() - 1);
        return switch (last.kind()) {
            case NAME -> BEFORE_REGEX.contains(last.text());
            case NUMBER, STRING -> false;
            case PUNCT ->
                !last.text().equals(")")
                        && !last.text().equals("]")
                        && !last.text().equals("}");
        };
    }

    private void skipRegex() {
        boolean inClass = false;
        i++;
        while (i < src.length() && src.charAt(i) != '\n') {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                i++;
                break;
            }
            i++;
        }
        while (i < src.length() && Character.isLetter(src.charAt(i))) {
            i++; // flags
        }
    }

    private void skipBlockComment() {
        i += 2;
        while (i < src.length() && !(src.charAt(i) == '*' && peek(1) == '/')) {
            if (src.charAt(i) == '\n') {
                newline();
            } else {
                i++;
            }
        }
        i += 2;
    }

    private void skipTo(String end) {
        int next = src.indexOf(end, i);
        i = next < 0 ? src.length() : next;
    }

    private void newline() {
        i++;
        line++;
        lineStart = i;
    }

    private char peek(int ahead) {
        return i + ahead < src.length() ? src.charAt(i + ahead) : '\0';
    }
}
