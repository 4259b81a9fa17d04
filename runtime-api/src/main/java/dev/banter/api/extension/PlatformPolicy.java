package dev.banter.api.extension;

import dev.banter.api.action.Permission;
import dev.banter.api.sandbox.SandboxLimits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a platform lets into its catalog and its rooms. Immutable; the {@code with} methods return changed copies.
 *
 * <p>Three gates, each stricter than the one before:
 *
 * <ul>
 *   <li><b>submit</b> ({@link #submitProblems}): the id is allowed and not denied, the dialect is allowed, every
 *       requested limit is within {@link #maxima()}, every declared permission is one the platform grants;
 *   <li><b>publish</b> ({@link #publishProblems}): as submit, and the version was reviewed if {@link #requireReview()};
 *   <li><b>install</b> ({@link #installProblems}): as publish, the version is {@code PUBLISHED} (for a rollback:
 *       {@code PUBLISHED} or {@code DEPRECATED}, see {@link #rollbackProblems}), and every permission granted in the
 *       room was declared by the manifest.
 * </ul>
 *
 * <p>Each problem names the field and the value, such as {@code limits.deadline: expected at most 20 ms, got 50}.
 *
 * @param allow the extension ids allowed; empty allows every id not denied
 * @param deny the extension ids refused, whatever {@code allow} says
 * @param requireReview whether a version must be reviewed before it is published and installed
 * @param maxima the loosest limits an extension may ask for (for a floor such as the timer interval: the lowest)
 * @param permissions the permissions extensions may declare and be granted
 * @param dialects the dialects extensions may be written in
 * @since 0.2
 */
public record PlatformPolicy(
        Set<String> allow,
        Set<String> deny,
        boolean requireReview,
        SandboxLimits maxima,
        Set<Permission> permissions,
        Set<Dialect> dialects) {

    public PlatformPolicy {
        allow = Set.copyOf(allow);
        deny = Set.copyOf(deny);
        Objects.requireNonNull(maxima, "maxima");
        permissions = Set.copyOf(permissions);
        dialects = Set.copyOf(dialects);
    }

    /** Every id, permission and dialect allowed, no review, the default limits as maxima. */
    public static PlatformPolicy permissive() {
        return new PlatformPolicy(
                Set.of(),
                Set.of(),
                false,
                SandboxLimits.defaults(),
                EnumSet.allOf(Permission.class),
                EnumSet.allOf(Dialect.class));
    }

    /** A copy that allows only these ids (an empty array allows every id). */
    public PlatformPolicy allowOnly(String... ids) {
        return new PlatformPolicy(Set.of(ids), deny, requireReview, maxima, permissions, dialects);
    }

    /** A copy that refuses these ids. */
    public PlatformPolicy withDenied(String... ids) {
        return new PlatformPolicy(allow, Set.of(ids), requireReview, maxima, permissions, dialects);
    }

    /** A copy that does or does not require review. */
    public PlatformPolicy withReviewRequired(boolean required) {
        return new PlatformPolicy(allow, deny, required, maxima, permissions, dialects);
    }

    /** A copy with other maxima. */
    public PlatformPolicy withMaxima(SandboxLimits newMaxima) {
        return new PlatformPolicy(allow, deny, requireReview, newMaxima, permissions, dialects);
    }

    /** A copy that grants only these permissions. */
    public PlatformPolicy withPermissions(Set<Permission> allowed) {
        return new PlatformPolicy(allow, deny, requireReview, maxima, allowed, dialects);
    }

    /** A copy that accepts only these dialects. */
    public PlatformPolicy withDialects(Set<Dialect> allowed) {
        return new PlatformPolicy(allow, deny, requireReview, maxima, permissions, allowed);
    }

    /** What forbids submitting this manifest; empty when nothing does. */
    public List<ValidationProblem> submitProblems(ExtensionManifest manifest) {
        List<ValidationProblem> problems = new ArrayList<>();
        String id = manifest.id();
        if (deny.contains(id)) {
            problems.add(new ValidationProblem("id", quote(id), "an extension the platform does not deny"));
        } else if (!allow.isEmpty() && !allow.contains(id)) {
            problems.add(
                    new ValidationProblem("id", quote(id), "one of the allowed extensions " + new TreeSet<>(allow)));
        }
        if (!dialects.contains(manifest.dialect())) {
            problems.add(new ValidationProblem(
                    "dialect",
                    quote(manifest.dialect().key()),
                    "one of " + dialects.stream().map(Dialect::key).sorted().toList()));
        }
        problems.addAll(manifest.limitProblems(maxima));
        for (Permission p : new TreeSet<>(manifest.permissions())) {
            if (!permissions.contains(p)) {
                problems.add(new ValidationProblem(
                        "permissions",
                        quote(p.key()),
                        "a permission the platform grants "
                                + permissions.stream()
                                        .map(Permission::key)
                                        .sorted()
                                        .toList()));
            }
        }
        return problems;
    }

    /** What forbids publishing this version; empty when nothing does. */
    public List<ValidationProblem> publishProblems(CatalogEntry entry) {
        List<ValidationProblem> problems = submitProblems(entry.manifest());
        if (requireReview && !entry.reviewed()) {
            problems.add(new ValidationProblem(
                    "reviewedBy", "missing", "a review: the platform requires one before publishing"));
        }
        return problems;
    }

    /** What forbids installing (or upgrading to) this version with these grants; empty when nothing does. */
    public List<ValidationProblem> installProblems(CatalogEntry entry, Set<Permission> grants) {
        return runProblems(entry, grants, Set.of(PublicationState.PUBLISHED));
    }

    /** What forbids rolling back to (or re-enabling) this version: as install, but a deprecated one may run. */
    public List<ValidationProblem> rollbackProblems(CatalogEntry entry, Set<Permission> grants) {
        return runProblems(entry, grants, Set.of(PublicationState.PUBLISHED, PublicationState.DEPRECATED));
    }

    private List<ValidationProblem> runProblems(
            CatalogEntry entry, Set<Permission> grants, Set<PublicationState> states) {
        List<ValidationProblem> problems = publishProblems(entry);
        if (!states.contains(entry.state())) {
            problems.add(new ValidationProblem(
                    "state", entry.state().name(), "a version in state " + new TreeSet<>(states)));
        }
        for (Permission p : new TreeSet<>(grants)) {
            if (!entry.manifest().permissions().contains(p)) {
                problems.add(new ValidationProblem(
                        "grants",
                        quote(p.key()),
                        "a permission the manifest declares "
                                + entry.manifest().permissions().stream()
                                        .map(Permission::key)
                                        .sorted()
                                        .toList()));
            }
        }
        return problems;
    }

    private static String quote(String s) {
        return SettingsSchema.quote(s);
    }
}
