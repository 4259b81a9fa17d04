package dev.banter.portal.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a TypeScript declaration file for {@link Declarations}: words, string literals and punctuation
 * ({@code =>} and {@code ...} as one token each). Comments are dropped, but a {@code /** ... *\/} comment is kept as
 * the plain text of the doc of the token after it. Never throws: an unterminated comment or string ends the file.
 */
final class DtsTokens {

    /**
     * One token.
     *
     * @param text the token
     * @param doc the doc comment just before it, or null
     * @param newline whether a line break comes between it and the token before
     */
    record Token(String text, @Nullable String doc, boolean newline) {}

    private DtsTokens() {}

    static List<Token> of(String src) {
        List<Token> out = new ArrayList<>();
        String doc = null;
        boolean newline = true;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                newline = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end;
                if (src.startsWith("/**", i)) {
                    doc = docText(src.substring(Math.min(i + 3, stop), stop));
                }
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'' || c == '`') {
                int k = i + 1;
                while (k < n && src.charAt(k) != c && src.charAt(k) != '\n') {
                    k += src.charAt(k) == '\\' ? 2 : 1;
                }
                k = Math.min(k + 1, n);
                out.add(new Token(src.substring(i, k), doc, newline));
                doc = null;
                newline = false;
                i = k;
            } else if (Character.isJavaIdentifierPart(c)) {
                int k = i;
                while (k < n && Character.isJavaIdentifierPart(src.charAt(k))) {
                    k++;
                }
                out.add(new Token(src.substring(i, k), doc, newline));
                doc = null;
                newline = false;
                i = k;
            } else {
                int len = src.startsWith("=>", i) ? 2 : src.startsWith("...", i) ? 3 : 1;
                out.add(new Token(src.substring(i, i + len), doc, newline));
                doc = null;
                newline = false;
                i += len;
            }
        }
        return out;
    }

    /** A doc comment's text without its leading stars, tags kept, lines joined. */
    private static String docText(String raw) {
        StringBuilder b = new StringBuilder();
        for (String line : raw.split("\n")) {
            String s = line.strip();
            if (s.startsWith("*")) {
                s = s.substring(1).strip();
            }
            if (!s.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append('\n');
                }
                b.append(s);
            }
        }
        return b.toString();
    }
}
