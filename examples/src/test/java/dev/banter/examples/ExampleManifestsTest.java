package dev.banter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Permission;
import dev.banter.api.extension.ExtensionKind;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.core.extension.Manifests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The manifests a host would ship with the example extensions validate, and match what their code does. */
class ExampleManifestsTest {

    private static ExtensionManifest manifest(String name) {
        try (InputStream in = ExampleManifestsTest.class.getResourceAsStream("manifests/" + name + ".json")) {
            return Manifests.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void dice_declaresWhatItsCodeUses() {
        ExtensionManifest dice = manifest("dice");

        assertThat(dice.kind()).isEqualTo(ExtensionKind.BOT);
        assertThat(dice.permissions()).containsExactlyInAnyOrder(Permission.NOTICE, Permission.KV);
        assertThat(Manifests.staticProblems(dice, JsExtensions.source("dice").files()))
                .isEmpty();
    }

    @Test
    void dice_withoutKv_isCaughtStatically() {
        ExtensionManifest dice = manifest("dice");
        ExtensionManifest noKv = new ExtensionManifest(
                dice.id(),
                dice.name(),
                dice.version(),
                dice.kind(),
                dice.dialect(),
                dice.main(),
                dice.handlers(),
                dice.shared(),
                dice.types(),
                dice.categories(),
                dice.commands(),
                Set.of(Permission.NOTICE),
                dice.settings(),
                dice.limits(),
                dice.description());

        assertThat(Manifests.staticProblems(noKv, JsExtensions.source("dice").files()))
                .isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.path()).startsWith("dice.js:");
                    assertThat(p.value()).startsWith("kv.");
                })
                .extracting(ValidationProblem::expected)
                .allMatch(e -> e.contains("'kv' permission"));
    }

    @Test
    void calm_needsNoPermission_andItsSettingsResolveWithTheDefault() {
        ExtensionManifest calm = manifest("calm");

        assertThat(calm.permissions()).isEmpty();
        assertThat(Manifests.staticProblems(calm, JsExtensions.source("calm").files()))
                .isEmpty();
        assertThat(calm.settings().resolve(Map.of())).isEqualTo(Map.of("minLetters", 6L));
        assertThat(calm.settings().problems()).isEmpty();
    }
}
