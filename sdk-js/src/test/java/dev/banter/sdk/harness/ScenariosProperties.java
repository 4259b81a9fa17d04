package dev.banter.sdk.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Bad input anywhere in a scenario file always names file:line:col, the key and the value. */
class ScenariosProperties {

    /** A defect put into an otherwise valid file: where (line, column of the value), the key path and the value. */
    record Defect(String yaml, int line, int column, String key, String value) {}

    @Property(tries = 300)
    void badValue_isReportedAtItsPosition(@ForAll("defects") Defect d) {
        ScenarioFormatException e = catchThrowableOfType(
                ScenarioFormatException.class, () -> Scenarios.parse(d.yaml(), "scenarios/x.yaml"));
        assertThat(e).as(d.yaml()).isNotNull();
        assertThat(e.file()).isEqualTo("scenarios/x.yaml");
        assertThat(e.line()).as(e.getMessage()).isEqualTo(d.line());
        assertThat(e.column()).as(e.getMessage()).isEqualTo(d.column());
        assertThat(e.key()).isEqualTo(d.key());
        assertThat(e.value()).contains(d.value());
        assertThat(e.getMessage())
                .startsWith("scenarios/x.yaml:" + d.line() + ":" + d.column() + ": " + d.key() + ": expected ");
    }

    @Property(tries = 100)
    void validFile_loads(@ForAll("names") String user, @ForAll("amounts") long amount) {
        Scenario s = Scenarios.parse("""
                steps:
                  - tip: { user: %s, amount: %d }
                    expect: { kv: { total: %d } }
                  - advance: 1m30s
                """.formatted(user, amount, amount), "scenarios/ok.yaml");
        assertThat(s.name()).isEqualTo("ok");
        assertThat(s.steps()).hasSize(2);
        Step.Send tip = (Step.Send) s.steps().getFirst();
        assertThat(tip.event().user().name()).isEqualTo(user);
        assertThat(tip.event().payload()).containsEntry("amount", amount);
        assertThat(tip.expect().kv()).containsEntry("total", Long.toString(amount));
        assertThat(tip.line()).isEqualTo(2);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<Long> amounts() {
        return Arbitraries.longs().between(1, 1_000_000);
    }

    @Provide
    Arbitrary<Defect> defects() {
        Arbitrary<Integer> indent = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> steps = Arbitraries.integers().between(0, 3);
        Arbitrary<String> word =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8);
        return Combinators.combine(indent, steps, word, Arbitraries.integers().between(0, 5))
                .as(ScenariosProperties::defect);
    }

    /** {@code before} valid chat steps, then one bad step of the given kind. */
    private static Defect defect(int pad, int before, String word, int kind) {
        StringBuilder y = new StringBuilder("name: n\nsteps:\n");
        String ind = " ".repeat(pad + 1);
        for (int i = 0; i < before; i++) {
            y.append(ind).append("- chat: { user: bob, body: hi }\n");
        }
        int line = 3 + before;
        String key = "steps[" + before + "]";
        String prefix = ind + "- ";
        return switch (kind) {
            case 0 ->
                bad(y, prefix + "advance: " + word + "s\n", line, prefix.length() + 10, key + ".advance", word + "s");
            case 1 ->
                bad(
                        y,
                        prefix + "tip: { user: bob, amount: " + word + " }\n",
                        line,
                        prefix.length() + 27,
                        key + ".tip.amount",
                        word);
            case 2 ->
                bad(y, prefix + "chat: { user: 42, body: hi }\n", line, prefix.length() + 15, key + ".chat.user", "42");
            case 3 ->
                bad(
                        y,
                        prefix + "event: { type: no." + word + " }\n",
                        line,
                        prefix.length() + 16,
                        key + ".event.type",
                        "no." + word);
            case 4 ->
                bad(
                        y,
                        prefix + "enter: { user: bob, " + word + ": 1 }\n",
                        line,
                        prefix.length() + 21,
                        key + ".enter." + word,
                        word);
            default ->
                bad(
                        y,
                        prefix + "chat: { user: bob, body: hi }\n" + ind + "  expect: { verdict: " + word + " }\n",
                        line + 1,
                        pad + 1 + 2 + 19 + 1,
                        key + ".expect.verdict",
                        word);
        };
    }

    private static Defect bad(StringBuilder y, String step, int line, int column, String key, String value) {
        return new Defect(y.append(step).toString(), line, column, key, value);
    }
}
