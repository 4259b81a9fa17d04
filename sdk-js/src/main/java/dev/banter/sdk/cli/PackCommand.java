package dev.banter.sdk.cli;

import dev.banter.api.extension.ExtensionPackage;
import dev.banter.sdk.harness.ExtensionProject;
import dev.banter.sdk.harness.PackageArchive;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code banter pack}: the project as one archive with its content hash. */
@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        description = {
            "Packs the project (banter.json and the files it names) into DIR/dist/<id>-<version>.banter.zip, with"
                    + " package.properties holding the id, version and SHA-256 content hash the catalog computes."
        },
        footer = {"%nExamples:", "  banter pack", "  banter pack tipgoal --out /tmp/tipgoal.zip", ExitCodes.FOOTER})
final class PackCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR", description = "the project")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the archive")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        ExtensionProject project = project(dir);
        if (project == null) {
            return ExitCodes.FAILED;
        }
        ExtensionPackage pkg = project.pkg();
        Path target = outFile != null ? outFile : dir.resolve("dist").resolve(PackageArchive.fileName(pkg));
        createParent(target);
        PackageArchive.write(pkg, target);
        out().println("packed " + pkg.manifest().coordinates() + " ("
                + pkg.files().size() + " files) " + pkg.contentHash() + " -> " + target);
        return ExitCodes.OK;
    }
}
