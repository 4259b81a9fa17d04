package dev.banter.api.extension;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One version of an extension in a {@link Catalog}: its manifest, the hash of its files and where it is in its life.
 * Immutable: a change of state or review yields a new entry; the manifest and hash never change.
 *
 * @param manifest the version's manifest
 * @param contentHash the {@link ExtensionPackage#contentHash() content hash} of its files
 * @param state its publication state
 * @param reviewedBy who reviewed it, or null if nobody has
 * @param submitted when it was first submitted
 * @param changed when its state or review last changed (the submit time at first)
 * @since 0.2
 */
public record CatalogEntry(
        ExtensionManifest manifest,
        String contentHash,
        PublicationState state,
        @Nullable String reviewedBy,
        Instant submitted,
        Instant changed) {

    public CatalogEntry {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(changed, "changed");
    }

    /** The extension's id. */
    public String id() {
        return manifest.id();
    }

    /** The version. */
    public Version version() {
        return manifest.version();
    }

    /** {@code id@version}. */
    public String coordinates() {
        return manifest.coordinates();
    }

    /** Whether someone reviewed this version. */
    public boolean reviewed() {
        return reviewedBy != null;
    }

    /** This entry in another state, changed at {@code at}. */
    public CatalogEntry withState(PublicationState newState, Instant at) {
        return new CatalogEntry(manifest, contentHash, newState, reviewedBy, submitted, at);
    }

    /** This entry reviewed by {@code reviewer} at {@code at}. */
    public CatalogEntry withReview(String reviewer, Instant at) {
        return new CatalogEntry(manifest, contentHash, state, reviewer, submitted, at);
    }
}
