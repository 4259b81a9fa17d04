package dev.banter.portal.internal;

import dev.banter.api.extension.CatalogEntry;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.Version;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.sdk.harness.ExtensionProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A project's versions in the {@link FileSystemCatalog} the CLI publishes to: drafts, publishing with the semver and
 * policy checks, deprecating and withdrawing, diffs between versions and restoring a version into the workspace.
 * Every call that changes something is recorded in the {@link CatalogAudit}, refusals included.
 */
final class Versions {

    private final FileSystemCatalog catalog;
    private final Workspace workspace;
    private final CatalogAudit audit;

    Versions(FileSystemCatalog catalog, Workspace workspace, CatalogAudit audit) {
        this.catalog = catalog;
        this.workspace = workspace;
        this.audit = audit;
    }

    FileSystemCatalog catalog() {
        return catalog;
    }

    /** Every extension of the catalog with its versions, lowest first. */
    List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : new TreeSet<>(catalog.ids())) {
            out.add(Router.map(
                    "id",
                    id,
                    "versions",
                    catalog.versions(id).stream().map(Versions::entry).toList()));
        }
        return out;
    }

    /** Submits the workspace project as a draft. */
    Map<String, Object> draft(String id) {
        ExtensionPackage pkg = project(id).pkg();
        return entry(audited("submit", pkg.manifest().coordinates(), () -> catalog.submit(pkg)));
    }

    /**
     * Publishes the workspace project's version: submits it if the catalog lacks it (a new version must be above
     * every version the catalog has), then publishes it under the policy.
     */
    Map<String, Object> publish(String id) {
        ExtensionPackage pkg = project(id).pkg();
        String coordinates = pkg.manifest().coordinates();
        Optional<CatalogEntry> existing = catalog.find(id, pkg.version());
        if (existing.isEmpty()) {
            List<CatalogEntry> all = catalog.versions(id);
            if (!all.isEmpty() && all.getLast().version().compareTo(pkg.version()) >= 0) {
                String message = "version: expected a version above "
                        + all.getLast().version() + " (the highest of " + id + " in the catalog), got " + pkg.version();
                audit.record("publish", coordinates, "REFUSED", message);
                throw ApiException.bad(message);
            }
        }
        audited("submit", coordinates, () -> catalog.submit(pkg));
        return entry(audited("publish", coordinates, () -> catalog.publish(id, pkg.version())));
    }

    /** Moves a catalog version to {@code target}. */
    Map<String, Object> transition(String id, String version, PublicationState target) {
        Version v = version(version);
        String action = switch (target) {
            case PUBLISHED -> "publish";
            case DEPRECATED -> "deprecate";
            case WITHDRAWN -> "withdraw";
            case DRAFT -> "draft";
        };
        return entry(audited(action, id + "@" + v, () -> catalog.transition(id, v, target)));
    }

    /** The files of a version; {@code workspace} names the project's current files. */
    Map<String, String> files(String id, String version) {
        if (version.equals("workspace")) {
            return packageFiles(project(id).pkg());
        }
        return new java.util.TreeMap<>(catalog.read(id, version(version)).files());
    }

    /** What changed from one version to another, file by file. */
    Map<String, Object> diff(String id, String from, String to) {
        Map<String, String> a = files(id, from);
        Map<String, String> b = files(id, to);
        List<Map<String, Object>> changes = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String name : names) {
            String x = a.get(name);
            String y = b.get(name);
            String status = x == null ? "added" : y == null ? "removed" : x.equals(y) ? "same" : "changed";
            changes.add(Router.map("name", name, "status", status, "from", x, "to", y));
        }
        return Router.map("id", id, "from", from, "to", to, "files", changes);
    }

    /** Replaces the workspace project's package files with those of a catalog version (scenarios are kept). */
    Map<String, Object> restore(String id, String version) {
        Version v = version(version);
        workspace.dir(id);
        ExtensionPackage pkg = catalog.read(id, v);
        workspace.replace(id, pkg.files());
        audit.record("restore", id + "@" + v, "SUCCEEDED", "workspace files replaced by " + pkg.contentHash());
        return Router.map(
                "id",
                id,
                "restored",
                v.toString(),
                "files",
                new TreeSet<>(pkg.files().keySet()));
    }

    ExtensionProject project(String id) {
        return ExtensionProject.load(workspace.dir(id));
    }

    static Version version(String text) {
        try {
            return Version.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.bad("version: " + e.getMessage());
        }
    }

    static Map<String, Object> entry(CatalogEntry e) {
        return Router.map(
                "id", e.id(),
                "version", e.version().toString(),
                "state", e.state().name(),
                "contentHash", e.contentHash(),
                "reviewedBy", e.reviewedBy(),
                "submitted", e.submitted().toString(),
                "changed", e.changed().toString());
    }

    private static Map<String, String> packageFiles(ExtensionPackage pkg) {
        return new java.util.TreeMap<>(pkg.files());
    }

    private CatalogEntry audited(String action, String coordinates, Supplier<CatalogEntry> call) {
        try {
            CatalogEntry e = call.get();
            audit.record(action, coordinates, "SUCCEEDED", e.state().name() + " " + e.contentHash());
            return e;
        } catch (ValidationException | IllegalStateException | java.util.NoSuchElementException e) {
            audit.record(action, coordinates, "REFUSED", e.getMessage());
            throw e;
        }
    }
}
