package dev.banter.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.tck.internal.Rules;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rule of SPEC.md has a test in a verification class, and every test names a rule of the right level. */
class SpecCoverageTest {

    static final List<Class<?>> VERIFICATIONS = List.of(
            RuntimeVerification.class,
            SandboxProviderVerification.class,
            StateStoreVerification.class,
            ActionSinkVerification.class,
            CatalogVerification.class,
            ExtensionVerification.class);

    private static Map<String, String> testsByName() {
        Map<String, String> tests = new TreeMap<>();
        for (Class<?> c : VERIFICATIONS) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(TestFactory.class)) {
                    tests.put(m.getName(), c.getSimpleName());
                }
            }
        }
        return tests;
    }

    @Test
    void everyTest_isNamedAfterARuleOfItsLevel() {
        for (Map.Entry<String, String> t : testsByName().entrySet()) {
            String name = t.getKey();
            assertThat(Rules.ruleOf(name))
                    .as("%s.%s: name it required_specN_M_what or recommended_specN_M_what", t.getValue(), name)
                    .isPresent();
            Rules.Rule rule = Rules.get(Rules.ruleOf(name).orElseThrow());
            assertThat(Rules.isRequired(name))
                    .as(
                            "%s.%s checks %s rule %s: required_ is for MUST, recommended_ for SHOULD",
                            t.getValue(), name, rule.level(), rule.id())
                    .isEqualTo(rule.must());
        }
    }

    @Test
    void everyRule_hasATest() {
        Set<String> tested = new TreeSet<>();
        testsByName().keySet().forEach(n -> Rules.ruleOf(n).ifPresent(tested::add));
        List<String> untested = Rules.all().stream()
                .map(Rules.Rule::id)
                .filter(id -> !tested.contains(id))
                .toList();
        assertThat(untested).as("rules of SPEC.md without a test").isEmpty();
        assertThat(Rules.all()).as("rules read from SPEC.md").hasSizeGreaterThan(80);
    }

    @Test
    void everySection_hasATitleAndRules() {
        assertThat(Rules.sections()).hasSize(14);
        for (int section : Rules.sections().keySet()) {
            assertThat(Rules.all())
                    .as("rules of section %d", section)
                    .anySatisfy(r -> assertThat(r.section()).isEqualTo(section));
        }
    }

    @Test
    void check_namesTheRuleItsLevelAndWhatIsChecked() {
        assertThat(Rules.check("3.2", "reason"))
                .startsWith("spec 3.2 (MUST: an interceptor's reject stops the chain")
                .endsWith("): reason");
    }
}
