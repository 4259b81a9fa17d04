package dev.banter.api.extension;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version ({@code MAJOR.MINOR.PATCH}, optionally {@code -PRERELEASE}), ordered by the precedence rules of
 * Semantic Versioning 2.0.0; build metadata ({@code +...}) is not accepted, so two distinct versions never compare
 * equal.
 *
 * @param major the major version, 0..999999
 * @param minor the minor version, 0..999999
 * @param patch the patch version, 0..999999
 * @param preRelease dot-separated identifiers of {@code [0-9A-Za-z-]}, numeric ones without leading zeros; empty for a
 *     release
 * @since 0.2
 */
public record Version(int major, int minor, int patch, String preRelease) implements Comparable<Version> {

    private static final int MAX = 999_999;
    private static final Pattern FORM = Pattern.compile(
            "(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");
    private static final Pattern IDENT = Pattern.compile("0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*");

    public Version {
        Objects.requireNonNull(preRelease, "preRelease");
        if (major < 0 || major > MAX || minor < 0 || minor > MAX || patch < 0 || patch > MAX) {
            throw new IllegalArgumentException(
                    "version numbers must be 0.." + MAX + ", were " + major + "." + minor + "." + patch);
        }
        if (!preRelease.isEmpty()) {
            if (preRelease.length() > 64) {
                throw new IllegalArgumentException("pre-release must be at most 64 chars: '" + preRelease + "'");
            }
            for (String id : preRelease.split("\\.", -1)) {
                if (!IDENT.matcher(id).matches()) {
                    throw new IllegalArgumentException("pre-release identifier '" + id + "' of '" + preRelease
                            + "' must be [0-9A-Za-z-]+, numbers without leading zeros");
                }
            }
        }
    }

    /**
     * Parses {@code 1.4.0} or {@code 2.0.0-beta.2}.
     *
     * @throws IllegalArgumentException quoting the text, if it is not such a version
     */
    public static Version parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + cut(text) + "' is not a semantic version MAJOR.MINOR.PATCH[-PRERELEASE], such as 1.4.0");
        }
        try {
            return new Version(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    m.group(4) == null ? "" : m.group(4));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + cut(text) + "' is not a semantic version: " + e.getMessage(), e);
        }
    }

    /** A release version. */
    public static Version of(int major, int minor, int patch) {
        return new Version(major, minor, patch, "");
    }

    /** Whether this is a pre-release ({@code 1.0.0-rc.1}). */
    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    @Override
    public int compareTo(Version o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Integer.compare(patch, o.patch);
        }
        if (c != 0) {
            return c;
        }
        if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
            // a release ranks above its pre-releases
            return Boolean.compare(preRelease.isEmpty(), o.preRelease.isEmpty());
        }
        String[] a = preRelease.split("\\.");
        String[] b = o.preRelease.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            c = compareIdentifiers(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int compareIdentifiers(String a, String b) {
        boolean an = isNumeric(a);
        boolean bn = isNumeric(b);
        if (an && bn) {
            int c = Integer.compare(a.length(), b.length()); // no leading zeros: longer is larger
            return c != 0 ? c : a.compareTo(b);
        }
        if (an != bn) {
            return an ? -1 : 1; // numeric identifiers rank below alphanumeric ones
        }
        return a.compareTo(b);
    }

    private static boolean isNumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    private static String cut(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
    }
}
