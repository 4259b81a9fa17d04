package dev.banter.core.extension;

import dev.banter.api.extension.ExtensionPackage;
import java.util.Map;

/** Small extension packages for tests, written as {@code banter.json} text. */
final class Packages {

    private Packages() {}

    /** A one-file banter/1 package whose main file holds {@code code}. */
    static ExtensionPackage pkg(String id, String version, String kind, String code, String extra) {
        String json = """
                {"id": "%s", "name": "%s", "version": "%s", "kind": "%s", "api": "banter/1",
                 "main": "main.js", "types": ["tip"], "permissions": ["notice", "subject"]%s}
                """.formatted(id, id, version, kind, extra.isEmpty() ? "" : ", " + extra);
        return ExtensionPackages.of(json, Map.of("main.js", code));
    }

    static ExtensionPackage bot(String id, String version, String code) {
        return pkg(id, version, "bot", code, "");
    }

    /** A bot with an int setting {@code goal} (1..1000, default 100) and a colour {@code color}. */
    static ExtensionPackage withSettings(String id, String version) {
        return pkg(id, version, "bot", "", """
                "settings": [
                  {"name": "goal", "type": "int", "label": "Goal", "default": 100, "min": 1, "max": 1000},
                  {"name": "color", "type": "color", "label": "Colour", "default": "#ff0000"}
                ]""");
    }
}
