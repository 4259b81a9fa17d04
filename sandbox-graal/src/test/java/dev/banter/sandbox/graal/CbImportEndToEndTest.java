package dev.banter.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banter.api.ExtensionException;
import dev.banter.api.action.Action;
import dev.banter.api.action.Permission;
import dev.banter.api.action.SetSubject;
import dev.banter.api.extension.CatalogEntry;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.InstallRequest;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.RoomExtensions;
import dev.banter.api.extension.SettingField;
import dev.banter.api.room.RoomId;
import dev.banter.core.extension.CbImport;
import dev.banter.core.extension.DefaultRoomExtensions;
import dev.banter.core.extension.ExtensionPackages;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.core.extension.Manifests;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bare cb/1 app file becomes a manifest with {@link CbImport}, is published, installed and run. */
class CbImportEndToEndTest {

    @TempDir
    Path catalogDir;

    @Test
    void manifest_evaluatesSettingsChoices_andFindsTypesAndPermissions() {
        try (Fixture f = new Fixture()) {
            ExtensionManifest m = CbImport.manifest("tipgoal", "app.js", Cb1Room.app("tip-goal.js"), f.sandbox);

            assertThat(m.types()).containsExactly("extension.start", "timer", "tip", "user.enter");
            assertThat(m.permissions())
                    .containsExactlyInAnyOrder(
                            Permission.NOTICE, Permission.SUBJECT, Permission.TIMERS, Permission.CUSTOM);
            assertThat(m.settings().fields())
                    .first()
                    .isEqualTo(new SettingField.IntField("goal", "Tokens to reach", true, 200L, 1, 100000));
            assertThat(m.settings().field("show_panel")).isInstanceOf(SettingField.ChoiceField.class);
            assertThat(m.settings().field("thanks").required()).isFalse();
            assertThat(Manifests.parse(Manifests.toJson(m))).isEqualTo(m);
            assertThat(f.sandbox.liveInstances()).isZero();
        }
    }

    @Test
    void manifest_ofAnAppThatFailsAtLoad_failsWithTheGuestError() {
        try (Fixture f = new Fixture()) {
            assertThatThrownBy(
                            () -> CbImport.manifest("broken", "app.js", "cb.settings.missing.split(',');", f.sandbox))
                    .isInstanceOf(ExtensionException.class)
                    .hasMessageContaining("broken");
        }
    }

    @Test
    void importedApp_installsWithDefaultSettings_andRuns() {
        try (Fixture f = new Fixture()) {
            String code = Cb1Room.app("tip-goal.js");
            ExtensionManifest m = CbImport.manifest("tipgoal", "app.js", code, f.sandbox);
            FileSystemCatalog catalog = FileSystemCatalog.open(catalogDir, PlatformPolicy.permissive());
            CatalogEntry entry = catalog.submit(ExtensionPackages.of(Manifests.toJson(m), Map.of("app.js", code)));
            catalog.publish("tipgoal", entry.version());
            RoomExtensions rooms = DefaultRoomExtensions.newBuilder()
                    .runtime(f.runtime)
                    .sandbox(f.sandbox)
                    .catalog(catalog)
                    .state(f.store)
                    .build();
            RoomId room = RoomId.of("alice");

            rooms.install(InstallRequest.of(room, "tipgoal", entry.version(), "alice")
                    .withSettings(Map.of("goal_description", "new shoes")));

            // the lifecycle sends extension.start after installing: the app's start code sets the subject
            assertThat(f.delivered(1).stream()
                            .filter(SetSubject.class::isInstance)
                            .map(Action.class::cast))
                    .containsExactly(new SetSubject("new shoes [200 tokens left]"));
        }
    }
}
