package dev.banter.api.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.sandbox.ExtensionSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ExtensionPackageTest {

    private static final ExtensionManifest MANIFEST = PlatformPolicyTest.manifest("tipgoal", Set.of(), Map.of());

    @Test
    void contentHash_isTheDocumentedCanonicalForm() {
        // sha256 of "a\0" "1\0" "x" "b\0" "0\0", computed outside Java
        assertThat(ExtensionPackage.contentHash(Map.of("b", "", "a", "x")))
                .isEqualTo("sha256:67d356ddc4738efafeb23de943b29a7a9506589e3b0698523eb1cc88cbc7b7b5");
    }

    @Property
    void contentHash_ignoresInsertionOrder_andSeesEveryByte(
            @ForAll @Size(min = 1, max = 5) Map<@AlphaChars @StringLength(min = 1, max = 8) String, String> files) {
        Map<String, String> reversed = new LinkedHashMap<>();
        files.keySet().stream().sorted(java.util.Comparator.reverseOrder()).forEach(k -> reversed.put(k, files.get(k)));
        String hash = ExtensionPackage.contentHash(files);

        assertThat(ExtensionPackage.contentHash(reversed)).isEqualTo(hash);
        String first = files.keySet().iterator().next();
        Map<String, String> changed = new LinkedHashMap<>(files);
        changed.put(first, files.get(first) + " ");
        assertThat(ExtensionPackage.contentHash(changed)).isNotEqualTo(hash);
    }

    @Test
    void contentHash_separatesNamesFromContent() {
        assertThat(ExtensionPackage.contentHash(Map.of("ab", "c")))
                .isNotEqualTo(ExtensionPackage.contentHash(Map.of("a", "bc")));
    }

    @Test
    void constructor_namesMissingAndBadFiles() {
        assertThatThrownBy(() -> new ExtensionPackage(MANIFEST, Map.of("banter.json", "{}", "../evil.js", "")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("files: expected relative names")
                .hasMessageContaining("\"../evil.js\"")
                .hasMessageContaining("files.main.js: expected the file the manifest names, got missing");
        assertThatThrownBy(() -> new ExtensionPackage(MANIFEST, Map.of("main.js", "")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("files.banter.json: expected the file the manifest names, got missing");
    }

    @Test
    void source_leavesOutTheManifest() {
        ExtensionPackage pkg = new ExtensionPackage(
                MANIFEST, Map.of("banter.json", "{}", "main.js", "banter.on('tip', () => {})", "README.md", "hi"));

        ExtensionSource source = pkg.source();

        assertThat(source.id()).isEqualTo("tipgoal");
        assertThat(source.version()).isEqualTo("1.0.0");
        assertThat(source.dialect()).isEqualTo("banter/1");
        assertThat(source.main()).isEqualTo("main.js");
        assertThat(source.files()).containsOnlyKeys("main.js");
    }
}
