package org.peaceops.intranet.training.scorm.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A file's path inside a package, relative to its root, in the one spelling the store and the player
 * use ({@code dir/file.html}): {@code .} segments dropped, never {@code ..}, never absolute.
 */
public record PackagePath(String value) implements Comparable<PackagePath> {

    public PackagePath {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("empty package path");
        }
    }

    /**
     * The path an archive entry's name stands for; refused if it could be written outside the root on
     * any system: {@code ..}, a leading {@code /}, a drive ({@code C:}), a backslash, a NUL.
     */
    public static PackagePath ofEntry(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw new PackageRefused(PackageProblem.UNSAFE_PATH, String.valueOf(name));
        }
        List<String> kept = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                throw new PackageRefused(PackageProblem.UNSAFE_PATH, name);
            }
            kept.add(segment);
        }
        if (kept.isEmpty()) {
            throw new PackageRefused(PackageProblem.UNSAFE_PATH, name);
        }
        return new PackagePath(String.join("/", kept));
    }

    /**
     * The file a manifest {@code href} names under {@code base} (the {@code xml:base} of its resource,
     * may be empty): query and fragment dropped, percent-escapes decoded. A link to another site is not a
     * file of the package and is refused too.
     */
    public static PackagePath ofHref(String base, String href) {
        String h = href == null ? "" : href.strip();
        if (h.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw new PackageRefused(PackageProblem.MISSING_FILE, h);
        }
        int cut = indexOfAny(h, '?', '#');
        String file = cut < 0 ? h : h.substring(0, cut);
        String decoded = URLDecoder.decode(file.replace("+", "%2B"), StandardCharsets.UTF_8);
        return ofEntry((base == null ? "" : base) + decoded);
    }

    /** The part of an {@code href} after the file: its query and fragment, kept for the launch URL. */
    public static String suffixOf(String href) {
        String h = href == null ? "" : href.strip();
        int cut = indexOfAny(h, '?', '#');
        return cut < 0 ? "" : h.substring(cut);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Whether the browser would take the file for an HTML page. */
    public boolean isHtml() {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
    }

    @Override
    public int compareTo(PackagePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
