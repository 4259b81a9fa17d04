package dev.banter.core.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.handler.CategoryPredicate;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouterConfigTest {

    private static final CategoryPredicate NEVER = (m, r) -> false;

    @Test
    void defaults_areDocumentedValues() {
        RouterConfig config = RouterConfig.defaults();

        assertThat(config.commandPrefixes()).containsExactly("!", "/");
        assertThat(config.tipThresholds()).containsExactly(100L, 500L, 1000L);
        assertThat(config.capsMinLetters()).isEqualTo(8);
        assertThat(config.capsRatio()).isEqualTo(0.7);
        assertThat(config.hostCategories()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!!", "a", "!1", " ", "!\u00A0", "\t", "\u0000", "\uD800", "\u0416"})
    void new_badPrefix_namesFieldAndValue(String prefix) {
        assertThatThrownBy(() -> RouterConfig.defaults().withCommandPrefixes("!", prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commandPrefixes")
                .hasMessageContaining("'" + prefix + "'");
    }

    @Test
    void new_goodPrefixes_accepted() {
        assertThat(RouterConfig.defaults()
                        .withCommandPrefixes("~", "!!", "$$$", "\u2192")
                        .commandPrefixes())
                .containsExactly("~", "!!", "$$$", "\u2192");
        assertThat(RouterConfig.defaults().withCommandPrefixes().commandPrefixes())
                .isEmpty();
    }

    @Test
    void new_duplicatePrefix_rejected() {
        assertThatThrownBy(() -> RouterConfig.defaults().withCommandPrefixes("!", "!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commandPrefixes")
                .hasMessageContaining("'!'");
    }

    @Test
    void new_thresholdsNotAscending_rejected() {
        assertThatThrownBy(() -> RouterConfig.defaults().withTipThresholds(100, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tipThresholds")
                .hasMessageContaining("100 follows 100");
        assertThatThrownBy(() -> RouterConfig.defaults().withTipThresholds(500, 100))
                .hasMessageContaining("tipThresholds")
                .hasMessageContaining("100 follows 500");
    }

    @Test
    void new_thresholdNotPositive_rejected() {
        assertThatThrownBy(() -> RouterConfig.defaults().withTipThresholds(0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tipThresholds")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> RouterConfig.defaults().withTipThresholds(-3))
                .hasMessageContaining("tipThresholds")
                .hasMessageContaining("-3");
    }

    @Test
    void new_capsMinLettersBelowOne_rejected() {
        assertThatThrownBy(() -> RouterConfig.defaults().withCaps(0, 0.7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capsMinLetters")
                .hasMessageContaining("was 0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, 1.0001, Double.NaN, Double.POSITIVE_INFINITY})
    void new_capsRatioOutOfRange_rejected(double ratio) {
        assertThatThrownBy(() -> RouterConfig.defaults().withCaps(8, ratio))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capsRatio")
                .hasMessageContaining("was " + ratio);
    }

    @Test
    void new_capsRatioOne_accepted() {
        assertThat(RouterConfig.defaults().withCaps(1, 1.0).capsRatio()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Vip", "1vip", "vip.", "vip..x", "vip_x", "vip x", ".vip", "vip.X"})
    void new_badHostCategoryName_namesFieldAndValue(String name) {
        assertThatThrownBy(() -> RouterConfig.defaults().withHostCategory(name, NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hostCategories")
                .hasMessageContaining("'" + name + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"command", "mention", "link", "first-message", "caps", "tip.tier.1", "tip.tier.99"})
    void new_builtInHostCategoryName_rejected(String name) {
        assertThatThrownBy(() -> RouterConfig.defaults().withHostCategory(name, NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hostCategories")
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining("built-in");
    }

    @Test
    void new_goodHostCategoryNames_keepOrder() {
        var hosts = new LinkedHashMap<String, CategoryPredicate>();
        hosts.put("zeta", NEVER);
        hosts.put("alpha.beta-2", NEVER);
        hosts.put("tip.big", NEVER);
        hosts.put("a.1", NEVER);

        var config = new RouterConfig(List.of("!"), List.of(), 8, 0.5, hosts);

        assertThat(config.hostCategories().keySet()).containsExactly("zeta", "alpha.beta-2", "tip.big", "a.1");
        assertThatThrownBy(() -> config.hostCategories().put("x", NEVER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withHostCategory_duplicate_rejected() {
        var config = RouterConfig.defaults().withHostCategory("vip", NEVER);

        assertThatThrownBy(() -> config.withHostCategory("vip", NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hostCategories")
                .hasMessageContaining("'vip'");
    }

    @Test
    void new_nullPredicate_rejected() {
        var hosts = new LinkedHashMap<String, CategoryPredicate>();
        hosts.put("vip", null);

        assertThatThrownBy(() -> new RouterConfig(List.of("!"), List.of(), 8, 0.5, hosts))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'vip'");
    }
}
