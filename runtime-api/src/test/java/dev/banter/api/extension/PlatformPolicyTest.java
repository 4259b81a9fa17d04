package dev.banter.api.extension;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banter.api.action.Permission;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.api.sandbox.SandboxLimits;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformPolicyTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    static ExtensionManifest manifest(String id, Set<Permission> permissions, Map<LimitKind, Long> limits) {
        return new ExtensionManifest(
                id,
                id,
                Version.of(1, 0, 0),
                ExtensionKind.BOT,
                Dialect.BANTER_1,
                "main.js",
                Map.of(),
                List.of(),
                List.of("tip"),
                List.of(),
                List.of(),
                permissions,
                SettingsSchema.EMPTY,
                limits,
                "");
    }

    private static CatalogEntry entry(ExtensionManifest m, PublicationState state, String reviewer) {
        return new CatalogEntry(m, "sha256:00", state, reviewer, T, T);
    }

    private static List<String> described(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::describe).toList();
    }

    @Test
    void permissive_allowsAnOrdinaryExtension() {
        ExtensionManifest m = manifest("tipgoal", Set.of(Permission.NOTICE), Map.of(LimitKind.DEADLINE, 10L));

        assertThat(PlatformPolicy.permissive().submitProblems(m)).isEmpty();
        assertThat(PlatformPolicy.permissive()
                        .installProblems(entry(m, PublicationState.PUBLISHED, null), Set.of(Permission.NOTICE)))
                .isEmpty();
    }

    @Test
    void submitProblems_nameEachFieldAndValue() {
        PlatformPolicy policy = PlatformPolicy.permissive()
                .allowOnly("tipgoal", "dice")
                .withMaxima(SandboxLimits.defaults().with(LimitKind.DEADLINE, 30))
                .withPermissions(Set.of(Permission.NOTICE))
                .withDialects(Set.of(Dialect.CB_1));
        ExtensionManifest m = manifest(
                "scambot",
                Set.of(Permission.NOTICE, Permission.MODERATION_BAN),
                Map.of(LimitKind.DEADLINE, 50L, LimitKind.TIMER_INTERVAL, 10L));

        assertThat(described(policy.submitProblems(m)))
                .containsExactly(
                        "id: expected one of the allowed extensions [dice, tipgoal], got \"scambot\"",
                        "dialect: expected one of [cb/1], got \"banter/1\"",
                        "limits.deadline: expected at most 30 ms (the platform maximum), got 50",
                        "limits.timer-interval: expected at least 1000 ms (the platform minimum), got 10",
                        "permissions: expected a permission the platform grants [notice], got \"moderation.ban\"");
    }

    @Test
    void denied_winsOverAllowed() {
        PlatformPolicy policy = PlatformPolicy.permissive().allowOnly("tipgoal").withDenied("tipgoal");

        assertThat(described(policy.submitProblems(manifest("tipgoal", Set.of(), Map.of()))))
                .containsExactly("id: expected an extension the platform does not deny, got \"tipgoal\"");
    }

    @Test
    void publishProblems_requireAReviewWhenAsked() {
        PlatformPolicy policy = PlatformPolicy.permissive().withReviewRequired(true);
        ExtensionManifest m = manifest("tipgoal", Set.of(), Map.of());

        assertThat(described(policy.publishProblems(entry(m, PublicationState.DRAFT, null))))
                .containsExactly(
                        "reviewedBy: expected a review: the platform requires one before publishing, got" + " missing");
        assertThat(policy.publishProblems(entry(m, PublicationState.DRAFT, "ops")))
                .isEmpty();
    }

    @Test
    void installProblems_refuseOtherStatesAndUndeclaredGrants() {
        PlatformPolicy policy = PlatformPolicy.permissive();
        ExtensionManifest m = manifest("tipgoal", Set.of(Permission.NOTICE), Map.of());

        for (PublicationState s :
                List.of(PublicationState.DRAFT, PublicationState.DEPRECATED, PublicationState.WITHDRAWN)) {
            assertThat(described(policy.installProblems(entry(m, s, null), Set.of())))
                    .containsExactly("state: expected a version in state [PUBLISHED], got " + s);
        }
        assertThat(described(policy.installProblems(
                        entry(m, PublicationState.PUBLISHED, null), Set.of(Permission.NOTICE, Permission.SUBJECT))))
                .containsExactly("grants: expected a permission the manifest declares [notice], got \"subject\"");
    }

    @Test
    void rollbackProblems_allowDeprecatedButNotWithdrawn() {
        PlatformPolicy policy = PlatformPolicy.permissive();
        ExtensionManifest m = manifest("tipgoal", Set.of(), Map.of());

        assertThat(policy.rollbackProblems(entry(m, PublicationState.DEPRECATED, null), Set.of()))
                .isEmpty();
        assertThat(described(policy.rollbackProblems(entry(m, PublicationState.WITHDRAWN, null), Set.of())))
                .containsExactly("state: expected a version in state [PUBLISHED, DEPRECATED], got WITHDRAWN");
    }
}
