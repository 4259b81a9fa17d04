package dev.banter.sdk.cli;

import dev.banter.api.extension.CatalogEntry;
import dev.banter.api.extension.ExtensionPackage;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.api.extension.PublicationState;
import dev.banter.api.extension.ValidationException;
import dev.banter.api.extension.ValidationProblem;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.sdk.harness.Diagnostic;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.ProjectCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code banter publish}: validates, submits and publishes the project to a file-system catalog. */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Validates the project, then submits it to a file-system catalog and publishes it. Versions are"
                    + " immutable: the version must be higher than every version in the catalog (publishing the same"
                    + " content again is harmless), and the catalog's policy decides (limits, permissions, review)."
        },
        footer = {
            "%nExamples:",
            "  banter publish --catalog ../catalog",
            "  banter publish tipgoal --catalog /srv/catalog --require-review --reviewer ops",
            "  banter publish --catalog ../catalog --draft      submit only; publish later",
            ExitCodes.FOOTER
        })
final class PublishCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR", description = "the project")
    Path dir;

    @Option(names = "--catalog", required = true, paramLabel = "DIR", description = "the catalog's directory")
    Path catalogDir;

    @Option(names = "--require-review", description = "the catalog's policy requires a review before publishing")
    boolean requireReview;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "record a review by NAME first")
    String reviewer;

    @Option(names = "--draft", description = "submit as a draft without publishing")
    boolean draft;

    @Override
    public Integer call() {
        List<Diagnostic> problems = ProjectCheck.check(dir);
        if (!problems.isEmpty()) {
            problems.forEach(d -> err().println(d.format()));
            err().println("banter: not published: fix the " + problems.size() + " problem(s) above (banter validate)");
            return ExitCodes.FAILED;
        }
        ExtensionProject project = project(dir);
        if (project == null) {
            return ExitCodes.FAILED;
        }
        ExtensionPackage pkg = project.pkg();
        FileSystemCatalog catalog =
                FileSystemCatalog.open(catalogDir, PlatformPolicy.permissive().withReviewRequired(requireReview));
        String newer = newerVersion(catalog, pkg);
        if (newer != null) {
            err().println("banter.json: version: expected a version above " + newer + " (the catalog's highest), got "
                    + pkg.version() + "; bump it to publish a change");
            return ExitCodes.FAILED;
        }
        try {
            CatalogEntry entry = catalog.submit(pkg);
            if (reviewer != null) {
                entry = catalog.review(pkg.id(), pkg.version(), reviewer);
            }
            if (!draft && entry.state() == PublicationState.DRAFT) {
                entry = catalog.publish(pkg.id(), pkg.version());
            }
            out().println(entry.coordinates() + " " + entry.state().name().toLowerCase(Locale.ROOT) + " "
                    + entry.contentHash() + " in " + catalogDir);
            return ExitCodes.OK;
        } catch (ValidationException e) {
            for (ValidationProblem p : e.problems()) {
                err().println(Diagnostics.ofManifest(dir, p).format());
            }
            err().println("banter: the catalog refused " + pkg.manifest().coordinates());
            return ExitCodes.FAILED;
        } catch (IllegalStateException e) {
            err().println("banter: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** The catalog's highest version, if it is above the package's and not the same version. */
    private static String newerVersion(FileSystemCatalog catalog, ExtensionPackage pkg) {
        List<CatalogEntry> versions = catalog.versions(pkg.id());
        if (versions.isEmpty()) {
            return null;
        }
        CatalogEntry highest = versions.getLast();
        boolean same = catalog.find(pkg.id(), pkg.version()).isPresent();
        return !same && highest.version().compareTo(pkg.version()) > 0
                ? highest.version().toString()
                : null;
    }
}
