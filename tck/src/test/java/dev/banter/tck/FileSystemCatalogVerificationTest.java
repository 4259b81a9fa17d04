package dev.banter.tck;

import dev.banter.api.extension.Catalog;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.core.extension.FileSystemCatalog;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** runtime-core's file-system catalog passes the catalog verification, reopening included. */
class FileSystemCatalogVerificationTest extends CatalogVerification {

    private final AtomicInteger roots = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    protected Catalog createCatalog(PlatformPolicy policy) {
        return FileSystemCatalog.open(dir.resolve("catalog" + roots.incrementAndGet()), policy);
    }

    @Override
    protected Catalog reopen(Catalog catalog) {
        FileSystemCatalog fs = (FileSystemCatalog) catalog;
        return FileSystemCatalog.open(fs.root(), fs.policy());
    }
}
