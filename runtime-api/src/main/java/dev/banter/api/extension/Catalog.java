package dev.banter.api.extension;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where extension versions are kept: immutable packages, each with a content hash and a {@link PublicationState}.
 *
 * <p>Life of a version (see {@link PublicationState} for the machine):
 *
 * {@snippet :
 * CatalogEntry draft = catalog.submit(pkg);                  // DRAFT, files fixed, hash computed
 * catalog.review("tipgoal", Version.parse("1.2.0"), "ops");  // if the policy requires review
 * catalog.publish("tipgoal", Version.parse("1.2.0"));        // PUBLISHED: installable, checked by the policy
 * catalog.deprecate("tipgoal", Version.parse("1.2.0"));      // DEPRECATED: runs where installed
 * catalog.withdraw("tipgoal", Version.parse("1.2.0"));       // WITHDRAWN: final, never installed again
 * }
 *
 * <p>Contract: versions are immutable. Submitting an {@code id@version} again with the same content hash answers the
 * existing entry; with other content it fails. A catalog owns a {@link PlatformPolicy} and refuses to submit or
 * publish what it forbids. Implementations are thread-safe.
 *
 * @since 0.2
 */
public interface Catalog {

    /**
     * Adds a version as a {@link PublicationState#DRAFT draft}, or answers the existing entry if the same id, version
     * and content are there already.
     *
     * @throws ValidationException if the policy forbids the extension (denied or not allowed id, dialect, limits
     *     above the maxima, permissions the platform does not grant), or its code visibly uses a permission the
     *     manifest does not declare, naming the field (or file and line) and the value
     * @throws IllegalStateException naming both hashes, if that id@version exists with other content
     * @throws java.io.UncheckedIOException if the catalog cannot store it
     */
    CatalogEntry submit(ExtensionPackage pkg);

    /**
     * Records that {@code reviewer} reviewed a version; a policy may require it before publishing.
     *
     * @throws java.util.NoSuchElementException naming the coordinates, if there is no such version
     * @throws IllegalStateException if the version is withdrawn
     */
    CatalogEntry review(String id, Version version, String reviewer);

    /**
     * Moves a version to another state.
     *
     * @throws java.util.NoSuchElementException naming the coordinates, if there is no such version
     * @throws IllegalStateException naming both states, if the machine does not allow the move
     * @throws ValidationException if the target is {@code PUBLISHED} and the policy forbids it (review required
     *     and missing, denied id ...)
     */
    CatalogEntry transition(String id, Version version, PublicationState target);

    /** {@link #transition} to {@code PUBLISHED}. */
    default CatalogEntry publish(String id, Version version) {
        return transition(id, version, PublicationState.PUBLISHED);
    }

    /** {@link #transition} to {@code DEPRECATED}. */
    default CatalogEntry deprecate(String id, Version version) {
        return transition(id, version, PublicationState.DEPRECATED);
    }

    /** {@link #transition} to {@code WITHDRAWN}. */
    default CatalogEntry withdraw(String id, Version version) {
        return transition(id, version, PublicationState.WITHDRAWN);
    }

    /** The entry of one version, if the catalog has it. */
    Optional<CatalogEntry> find(String id, Version version);

    /**
     * The entry of one version.
     *
     * @throws java.util.NoSuchElementException naming the coordinates, if there is no such version
     */
    default CatalogEntry get(String id, Version version) {
        return find(id, version)
                .orElseThrow(
                        () -> new java.util.NoSuchElementException("the catalog has no version " + id + "@" + version));
    }

    /** Every version of an extension, lowest first; empty if there is none. */
    List<CatalogEntry> versions(String id);

    /** The highest {@code PUBLISHED} version of an extension, if any. */
    default Optional<CatalogEntry> latestPublished(String id) {
        List<CatalogEntry> all = versions(id);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).state() == PublicationState.PUBLISHED) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The ids of every extension with at least one version. */
    Set<String> ids();

    /**
     * The files of a version, exactly as submitted.
     *
     * @throws java.util.NoSuchElementException naming the coordinates, if there is no such version
     * @throws java.io.UncheckedIOException if the files cannot be read
     */
    ExtensionPackage read(String id, Version version);

    /** The policy this catalog applies. */
    PlatformPolicy policy();
}
