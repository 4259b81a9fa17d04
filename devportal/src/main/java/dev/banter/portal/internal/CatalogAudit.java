package dev.banter.portal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trail of what the portal asked of the catalog (submit, publish, deprecate, withdraw, restore), refusals
 * included, appended as JSON lines to {@code <workspace>/.portal/catalog-audit.jsonl} and read back on start.
 */
final class CatalogAudit {

    private final Path file;
    private final Clock clock;
    private final List<Map<String, Object>> records = new ArrayList<>();

    CatalogAudit(Path workspace, Clock clock) {
        this.file = workspace.resolve(".portal").resolve("catalog-audit.jsonl");
        this.clock = clock;
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        records.add(Json.readObject(line.getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog audit " + file, e);
        }
    }

    /** Records one call and how it ended. */
    synchronized void record(String action, String coordinates, String result, String detail) {
        Map<String, Object> r = Router.map(
                "sequence", records.size() + 1L,
                "at", clock.instant().toString(),
                "actor", "portal",
                "action", action,
                "extension", coordinates,
                "result", result,
                "detail", detail);
        records.add(r);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    Json.text(r) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the catalog audit " + file, e);
        }
    }

    /** Every record, oldest first. */
    synchronized List<Map<String, Object>> records() {
        return List.copyOf(records);
    }
}
