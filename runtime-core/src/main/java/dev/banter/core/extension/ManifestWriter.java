package dev.banter.core.extension;

import dev.banter.api.action.Permission;
import dev.banter.api.extension.ExtensionManifest;
import dev.banter.api.extension.SettingField;
import dev.banter.api.sandbox.LimitKind;
import dev.banter.core.internal.json.PrettyJson;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a manifest in its canonical form: keys in {@link ManifestReader#KEYS} order, every optional key written
 * (empty when unused), handlers sorted by event, permissions and limits in their enum order, and every setting with
 * all the keys of its type, defaults included.
 */
final class ManifestWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectWriteContext PRETTY = PrettyJson.CONTEXT;

    private ManifestWriter() {}

    static String write(ExtensionManifest m) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(PRETTY, out)) {
            g.writeStartObject();
            g.writeStringProperty("id", m.id());
            g.writeStringProperty("name", m.name());
            g.writeStringProperty("version", m.version().toString());
            g.writeStringProperty("kind", m.kind().key());
            g.writeStringProperty("api", m.dialect().key());
            if (m.main() != null) {
                g.writeStringProperty("main", m.main());
            } else {
                g.writeName("handlers");
                JsonDocument.write(g, new TreeMap<>(m.handlers()));
            }
            strings(g, "shared", m.shared());
            strings(g, "types", m.types());
            strings(g, "categories", m.categories());
            strings(g, "commands", m.commands());
            strings(
                    g,
                    "permissions",
                    m.permissions().stream().sorted().map(Permission::key).toList());
            g.writeName("settings");
            g.writeStartArray();
            for (SettingField f : m.settings().fields()) {
                setting(g, f);
            }
            g.writeEndArray();
            g.writeName("limits");
            g.writeStartObject();
            for (Map.Entry<LimitKind, Long> e : new TreeMap<>(m.limits()).entrySet()) {
                g.writeNumberProperty(e.getKey().key(), e.getValue());
            }
            g.writeEndObject();
            g.writeStringProperty("description", m.description());
            g.writeEndObject();
        }
        return out.append('\n').toString();
    }

    private static void strings(JsonGenerator g, String key, List<String> values) {
        g.writeName(key);
        JsonDocument.write(g, values);
    }

    private static void setting(JsonGenerator g, SettingField f) {
        g.writeStartObject();
        g.writeStringProperty("name", f.name());
        g.writeStringProperty("type", f.type());
        g.writeStringProperty("label", f.label());
        g.writeBooleanProperty("required", f.required());
        if (f.defaultValue() != null) {
            g.writeName("default");
            JsonDocument.write(g, f.defaultValue());
        }
        switch (f) {
            case SettingField.IntField i -> {
                g.writeNumberProperty("min", i.min());
                g.writeNumberProperty("max", i.max());
            }
            case SettingField.StringField s -> {
                g.writeNumberProperty("minLength", s.minLength());
                g.writeNumberProperty("maxLength", s.maxLength());
            }
            case SettingField.ChoiceField c -> strings(g, "choices", c.choices());
            case SettingField.ListField l -> {
                g.writeNumberProperty("minItems", l.minItems());
                g.writeNumberProperty("maxItems", l.maxItems());
                g.writeNumberProperty("maxItemLength", l.maxItemLength());
            }
            case SettingField.BooleanField b -> {}
            case SettingField.ColorField c -> {}
        }
        g.writeEndObject();
    }
}
