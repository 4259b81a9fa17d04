package dev.banter.tck;

import static dev.banter.tck.internal.Rules.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.extension.Catalog;
import dev.banter.api.extension.CatalogEntry;
import dev.banter.api.extension.Dialect;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.api.extension.Version;
import dev.banter.core.extension.ExtensionPackages;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Checks a {@link Catalog} against SPEC.md section 12. Packages are built with the manifest reader of
 * {@code banter-runtime-core} ({@link ExtensionPackages}), as a host would read them.
 *
 * {@snippet :
 * class MyCatalogTest extends CatalogVerification {
 *     @TempDir Path root;
 *
 *     @Override
 *     protected Catalog createCatalog(PlatformPolicy policy) {
 *         return FileSystemCatalog.open(root.resolve(UUID.randomUUID().toString()), policy);
 *     }
 * }
 * }
 *
 * @since 0.4
 */
public abstract class CatalogVerification {

    private static final String CODE = "banter.on('chat.message', (m, ctx) => ctx.room.notice('hi'));";

    /** The factory: a new, empty catalog applying {@code policy}. Called once or more per test. */
    protected abstract Catalog createCatalog(PlatformPolicy policy);

    /**
     * An optional hook: the same catalog opened again (after a restart). Returns null (the default) for a catalog
     * kept in memory; rule 12.9 is then skipped.
     */
    protected @Nullable Catalog reopen(Catalog catalog) {
        return null;
    }

    private static String manifest(String id, String version, String api, String main, String types, String perms) {
        return "{\"id\":\"" + id + "\",\"name\":\"TCK " + id + "\",\"version\":\"" + version
                + "\",\"kind\":\"bot\",\"api\":\"" + api + "\",\"main\":\"" + main + "\",\"types\":[" + types
                + "],\"permissions\":[" + perms + "]}";
    }

    /** A banter/1 bot that sends notices. */
    protected static ExtensionPackage pkg(String id, String version, String code) {
        return ExtensionPackages.of(
                manifest(id, version, "banter/1", "main.js", "\"chat.message\"", "\"notice\""),
                Map.of("main.js", code));
    }

    private static Version v(String text) {
        return Version.parse(text);
    }

    private static List<String> paths(ValidationException e) {
        return e.problems().stream().map(ValidationProblem::path).toList();
    }

    @Test
    void required_spec12_1_submitIsContentAddressedAndIdempotent() {
        Catalog catalog = createCatalog(PlatformPolicy.permissive());
        ExtensionPackage pkg = pkg("tipgoal", "1.0.0", CODE);

        CatalogEntry first = catalog.submit(pkg);
        CatalogEntry again = catalog.submit(pkg(("tipgoal"), "1.0.0", CODE));

        assertThat(first.state()).as(check("12.1", "state after submit")).isEqualTo(PublicationState.DRAFT);
        assertThat(first.contentHash()).as(check("12.1", "content hash")).isEqualTo(pkg.contentHash());
        assertThat(again)
                .as(check("12.1", "the entry of a second submit of the same content"))
                .isEqualTo(first);
    }

    @Test
    void required_spec12_2_otherContentUnderAVersionIsRefused() {
        Catalog catalog = createCatalog(PlatformPolicy.permissive());
        ExtensionPackage pkg = pkg("tipgoal", "1.0.0", CODE);
        ExtensionPackage other = pkg("tipgoal", "1.0.0", CODE + "\n// changed");
        catalog.submit(pkg);

        assertThatThrownBy(() -> catalog.submit(other))
                .as(check("12.2", "submitting other content as tipgoal@1.0.0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(pkg.contentHash())
                .hasMessageContaining(other.contentHash());
    }

    @Test
    void required_spec12_3_statesMoveOnlyForward() {
        Catalog catalog = createCatalog(PlatformPolicy.permissive());
        catalog.submit(pkg("tipgoal", "1.0.0", CODE));
        for (PublicationState from :
                List.of(PublicationState.PUBLISHED, PublicationState.DEPRECATED, PublicationState.WITHDRAWN)) {
            assertThat(catalog.transition("tipgoal", v("1.0.0"), from).state())
                    .as(check("12.3", "state after moving to " + from))
                    .isEqualTo(from);
        }
        for (PublicationState target : PublicationState.values()) {
            assertThatThrownBy(() -> catalog.transition("tipgoal", v("1.0.0"), target))
                    .as(check("12.3", "moving a withdrawn version to " + target))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("WITHDRAWN")
                    .hasMessageContaining(target.name());
        }
        catalog.submit(pkg("tipgoal", "2.0.0", CODE));
        catalog.publish("tipgoal", v("2.0.0"));
        assertThatThrownBy(() -> catalog.transition("tipgoal", v("2.0.0"), PublicationState.DRAFT))
                .as(check("12.3", "moving a published version back to DRAFT"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void required_spec12_4_reviewGatesPublishing() {
        Catalog catalog = createCatalog(PlatformPolicy.permissive().withReviewRequired(true));
        catalog.submit(pkg("tipgoal", "1.0.0", CODE));

        assertThatThrownBy(() -> catalog.publish("tipgoal", v("1.0.0")))
                .as(check("12.4", "publishing an unreviewed version"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(paths(e)).contains("reviewedBy"));
        assertThat(catalog.review("tipgoal", v("1.0.0"), "ops").reviewedBy())
                .as(check("12.4", "reviewer"))
                .isEqualTo("ops");
        assertThat(catalog.publish("tipgoal", v("1.0.0")).state())
                .as(check("12.4", "state after review and publish"))
                .isEqualTo(PublicationState.PUBLISHED);
    }

    @Test
    void required_spec12_5_policyRefusesDeniedIdsAndDialects() {
        Catalog catalog = createCatalog(
                PlatformPolicy.permissive().withDenied("scambot").withDialects(EnumSet.of(Dialect.BANTER_1)));
        assertThatThrownBy(() -> catalog.submit(pkg("scambot", "1.0.0", CODE)))
                .as(check("12.5", "submitting a denied id"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(paths(e)).contains("id");
                    assertThat(e.getMessage()).contains("scambot");
                });
        ExtensionPackage cb1 = ExtensionPackages.of(
                manifest("legacy", "1.0.0", "cb/1", "app.js", "\"tip\"", ""),
                Map.of("app.js", "cb.onTip(function (t) {});"));
        assertThatThrownBy(() -> catalog.submit(cb1))
                .as(check("12.5", "submitting a cb/1 extension when only banter/1 is allowed"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(paths(e)).contains("dialect");
                    assertThat(e.getMessage()).contains("cb/1");
                });
    }

    @Test
    void required_spec12_6_undeclaredPermissionUseIsRefused() {
        Catalog catalog = createCatalog(PlatformPolicy.permissive());
        ExtensionPackage sneaky = ExtensionPackages.of(
                manifest("sneaky", "1.0.0", "banter/1", "main.js", "\"chat.message\"", ""), Map.of("main.js", CODE));
        assertThatThrownBy(() -> catalog.submit(sneaky))
                .as(check("12.6", "submitting code that sends notices without declaring 'notice'"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("notice");
    }

    @Test
    void required_spec12_7_readAnswersTheFilesAndUnknownVersionsAreNamed() {
        Catalog catalog = createCatalog(PlatformPolicy.permissive());
        ExtensionPackage pkg = pkg("tipgoal", "1.0.0", CODE);
        catalog.submit(pkg);

        assertThat(catalog.read("tipgoal", v("1.0.0")).files())
                .as(check("12.7", "files read back"))
                .isEqualTo(pkg.files());
        assertThat(catalog.find("tipgoal", v("9.9.9")))
                .as(check("12.7", "find of an unknown version"))
                .isEmpty();
        assertThatThrownBy(() -> catalog.get("tipgoal", v("9.9.9")))
                .as(check("12.7", "get of an unknown version"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("tipgoal@9.9.9");
    }

    @Test
    void required_spec12_8_lookUpsAreOrdered() {
        Catalog catalog = createCatalog(PlatformPolicy.permissive());
        for (String version : List.of("1.10.0", "1.2.0", "2.0.0")) {
            catalog.submit(pkg("tipgoal", version, CODE));
        }
        catalog.submit(pkg("dice", "1.0.0", CODE));
        catalog.publish("tipgoal", v("1.2.0"));
        catalog.publish("tipgoal", v("1.10.0"));

        assertThat(catalog.versions("tipgoal").stream()
                        .map(e -> e.version().toString())
                        .toList())
                .as(check("12.8", "versions of tipgoal"))
                .containsExactly("1.2.0", "1.10.0", "2.0.0");
        assertThat(catalog.latestPublished("tipgoal").map(e -> e.version().toString()))
                .as(check("12.8", "latest published (2.0.0 is a draft)"))
                .contains("1.10.0");
        assertThat(catalog.ids()).as(check("12.8", "ids")).isEqualTo(Set.of("tipgoal", "dice"));
        assertThat(catalog.versions("nothing"))
                .as(check("12.8", "versions of an unknown id"))
                .isEmpty();
    }

    @Test
    void required_spec12_9_reopenedCatalogKeepsEverything() {
        Catalog catalog = createCatalog(PlatformPolicy.permissive());
        ExtensionPackage pkg = pkg("tipgoal", "1.0.0", CODE);
        catalog.submit(pkg);
        catalog.review("tipgoal", v("1.0.0"), "ops");
        catalog.publish("tipgoal", v("1.0.0"));
        catalog.submit(pkg("tipgoal", "2.0.0", CODE));

        Catalog reopened = reopen(catalog);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                reopened != null, "the catalog is kept in memory: override reopen() for a durable one");

        CatalogEntry entry = reopened.get("tipgoal", v("1.0.0"));
        assertThat(entry.state()).as(check("12.9", "state after reopen")).isEqualTo(PublicationState.PUBLISHED);
        assertThat(entry.reviewedBy())
                .as(check("12.9", "reviewer after reopen"))
                .isEqualTo("ops");
        assertThat(entry.contentHash()).as(check("12.9", "hash after reopen")).isEqualTo(pkg.contentHash());
        assertThat(reopened.read("tipgoal", v("1.0.0")).files())
                .as(check("12.9", "files after reopen"))
                .isEqualTo(pkg.files());
        assertThat(reopened.versions("tipgoal"))
                .as(check("12.9", "versions after reopen"))
                .hasSize(2);
    }
}
