package dev.banter.api.extension;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One field of an extension's settings form: a name the code reads ({@code ctx.settings.goal}), a label the
 * broadcaster reads, whether a value is required, and a default. A default is a value like any other: it must fit
 * the field, or the schema does not validate.
 *
 * <p>Values are plain Java: {@link Long} for {@link IntField}, {@link String} for {@link StringField},
 * {@link ChoiceField} and {@link ColorField}, {@link Boolean} for {@link BooleanField}, {@code List<String>} for
 * {@link ListField}.
 *
 * @since 0.2
 */
public sealed interface SettingField
        permits SettingField.IntField,
                SettingField.StringField,
                SettingField.ChoiceField,
                SettingField.BooleanField,
                SettingField.ColorField,
                SettingField.ListField {

    /** Field names: a letter, then up to 63 letters, digits and underscores. */
    Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    /** The name the extension reads the value by. */
    String name();

    /** What the broadcaster sees, 1..200 chars. */
    String label();

    /** Whether installing needs a value (given, or the default). */
    boolean required();

    /** The default value, or null for none. */
    @Nullable
    Object defaultValue();

    /** The type's name in manifests: {@code int}, {@code string}, {@code choice}, {@code boolean}, {@code color}, {@code list}. */
    String type();

    /**
     * Whether {@code value} fits this field; null when it does, else what was expected, phrased for a
     * {@link ValidationProblem}.
     */
    @Nullable
    String misfit(Object value);

    /**
     * An integer between {@code min} and {@code max}, inclusive.
     *
     * @param defaultValue a {@link Long}, or null
     */
    record IntField(
            String name,
            String label,
            boolean required,
            @Nullable Long defaultValue,
            long min,
            long max) implements SettingField {
        public IntField {
            check(name, label);
            if (min > max) {
                throw new IllegalArgumentException("setting '" + name + "': min " + min + " > max " + max);
            }
        }

        @Override
        public String type() {
            return "int";
        }

        @Override
        public @Nullable String misfit(Object value) {
            return value instanceof Long l && l >= min && l <= max ? null : "an integer " + min + ".." + max;
        }
    }

    /** A string of {@code minLength..maxLength} chars (at most 10,000). */
    record StringField(
            String name,
            String label,
            boolean required,
            @Nullable String defaultValue,
            int minLength,
            int maxLength) implements SettingField {
        public StringField {
            check(name, label);
            if (minLength < 0 || minLength > maxLength || maxLength > 10_000) {
                throw new IllegalArgumentException("setting '" + name + "': lengths must be 0 <= min <= max <= 10000,"
                        + " were " + minLength + ".." + maxLength);
            }
        }

        @Override
        public String type() {
            return "string";
        }

        @Override
        public @Nullable String misfit(Object value) {
            return value instanceof String s && s.length() >= minLength && s.length() <= maxLength
                    ? null
                    : "a string of " + minLength + ".." + maxLength + " chars";
        }
    }

    /** One of a list of 1..100 distinct strings. */
    record ChoiceField(
            String name,
            String label,
            boolean required,
            @Nullable String defaultValue,
            List<String> choices) implements SettingField {
        public ChoiceField {
            check(name, label);
            choices = List.copyOf(choices);
            if (choices.isEmpty()
                    || choices.size() > 100
                    || choices.stream().distinct().count() != choices.size()) {
                throw new IllegalArgumentException(
                        "setting '" + name + "': choices must be 1..100 distinct strings, were " + choices);
            }
        }

        @Override
        public String type() {
            return "choice";
        }

        @Override
        public @Nullable String misfit(Object value) {
            return value instanceof String s && choices.contains(s) ? null : "one of " + choices;
        }
    }

    /** True or false. */
    record BooleanField(
            String name,
            String label,
            boolean required,
            @Nullable Boolean defaultValue) implements SettingField {
        public BooleanField {
            check(name, label);
        }

        @Override
        public String type() {
            return "boolean";
        }

        @Override
        public @Nullable String misfit(Object value) {
            return value instanceof Boolean ? null : "true or false";
        }
    }

    /** A colour as {@code #rrggbb}, lower- or upper-case hex. */
    record ColorField(
            String name,
            String label,
            boolean required,
            @Nullable String defaultValue) implements SettingField {
        private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

        public ColorField {
            check(name, label);
        }

        @Override
        public String type() {
            return "color";
        }

        @Override
        public @Nullable String misfit(Object value) {
            return value instanceof String s && COLOR.matcher(s).matches() ? null : "a colour #rrggbb";
        }
    }

    /** A list of {@code minItems..maxItems} strings (at most 1,000), each of 1..{@code maxItemLength} chars. */
    record ListField(
            String name,
            String label,
            boolean required,
            @Nullable List<String> defaultValue,
            int minItems,
            int maxItems,
            int maxItemLength)
            implements SettingField {
        public ListField {
            check(name, label);
            if (defaultValue != null) {
                defaultValue = List.copyOf(defaultValue);
            }
            if (minItems < 0 || minItems > maxItems || maxItems > 1_000) {
                throw new IllegalArgumentException("setting '" + name + "': items must be 0 <= min <= max <= 1000,"
                        + " were " + minItems + ".." + maxItems);
            }
            if (maxItemLength < 1 || maxItemLength > 10_000) {
                throw new IllegalArgumentException(
                        "setting '" + name + "': maxItemLength must be 1..10000, was " + maxItemLength);
            }
        }

        @Override
        public String type() {
            return "list";
        }

        @Override
        public @Nullable String misfit(Object value) {
            String expected = "a list of " + minItems + ".." + maxItems + " strings of 1.." + maxItemLength + " chars";
            if (!(value instanceof List<?> list) || list.size() < minItems || list.size() > maxItems) {
                return expected;
            }
            for (Object item : list) {
                if (!(item instanceof String s) || s.isEmpty() || s.length() > maxItemLength) {
                    return expected;
                }
            }
            return null;
        }
    }

    private static void check(String name, String label) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "setting name must be a letter then up to 63 of [A-Za-z0-9_]: '" + name + "'");
        }
        if (label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("setting '" + name + "': label must be 1..200 chars");
        }
    }
}
