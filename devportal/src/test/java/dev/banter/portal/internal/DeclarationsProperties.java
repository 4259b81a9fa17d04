package dev.banter.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class DeclarationsProperties {

    @Property(tries = 300)
    void read_neverThrowsOnAnyText(@ForAll @Size(max = 400) String text) {
        Declarations d = Declarations.read(Map.of("x.d.ts", text));
        assertThat(d.toJson()).containsKeys("types", "globals", "parameters");
    }

    @Property(tries = 300)
    void read_neverThrowsOnDeclarationLikeText(@ForAll("declarationSoup") String text) {
        assertThat(Declarations.read(Map.of("x.d.ts", text)).types()).isNotNull();
    }

    @Property(tries = 200)
    void read_findsEveryMemberOfAGeneratedInterface(
            @ForAll("names") String iface, @ForAll("memberNames") List<String> members) {
        List<String> distinct = members.stream().distinct().toList();
        StringBuilder b = new StringBuilder("declare namespace N {\n  interface ")
                .append(iface)
                .append(" {\n");
        for (int i = 0; i < distinct.size(); i++) {
            b.append("    /** doc ").append(i).append(" */\n    ");
            b.append(i % 2 == 0 ? "readonly " + distinct.get(i) + ": string;" : distinct.get(i) + "(a: number): void;");
            b.append('\n');
        }
        b.append("  }\n}\n");
        Declarations d = Declarations.read(Map.of("x.d.ts", b.toString()));
        assertThat(d.types().get("N." + iface))
                .extracting(Declarations.Member::name)
                .containsExactlyElementsOf(distinct);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(8)
                .filter(s -> !List.of("readonly", "new").contains(s));
    }

    @Provide
    Arbitrary<List<String>> memberNames() {
        return names().list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> declarationSoup() {
        return Arbitraries.of(
                        "declare",
                        "namespace",
                        "interface",
                        "extends",
                        "type",
                        "const",
                        "function",
                        "A",
                        "B.C",
                        "{",
                        "}",
                        "(",
                        ")",
                        "<",
                        ">",
                        "[",
                        "]",
                        ":",
                        ";",
                        ",",
                        "=>",
                        "?",
                        "|",
                        "readonly",
                        "/**",
                        "*/",
                        "\n",
                        "'s'",
                        "\"",
                        "=")
                .list()
                .ofMaxSize(60)
                .map(l -> String.join(" ", l));
    }
}
