package org.peaceops.intranet.training.scorm.domain;

/**
 * Why a package is refused: each has its EN/FR message, {@code scorm.refused.<NAME>}; the first argument
 * names the entry, file or value concerned, and a limit's refusal gives the limit last.
 */
public enum PackageProblem {
    /** Not a zip archive at all. */
    NOT_A_ZIP,
    /** No {@code imsmanifest.xml} at the package root. */
    MISSING_MANIFEST,
    /** The manifest is not well-formed XML, or not an IMS content packaging manifest. */
    MALFORMED_MANIFEST,
    /** The manifest declares a document type or entity: refused unread, it could reach files or the network. */
    EXTERNAL_ENTITY,
    /** The manifest names no SCORM edition this intranet plays (1.2, 2004 2nd to 4th). */
    UNSUPPORTED_VERSION,
    /** No organization, or no item in it that launches anything. */
    NO_CONTENT,
    /** An item or a dependency names a resource the manifest does not have. */
    UNKNOWN_RESOURCE,
    /** A file the manifest names (a launch file, a resource file) is not in the package. */
    MISSING_FILE,
    /** A launch file is not an HTML page. */
    LAUNCH_NOT_HTML,
    /** An entry's name escapes the package root ({@code ../}, an absolute path, a drive, a backslash). */
    UNSAFE_PATH,
    /** An entry is a symbolic link. */
    SYMLINK,
    /** Two entries have the same name. */
    DUPLICATE_ENTRY,
    /** More entries than allowed ({@code intranet.scorm.max-entries}). Arguments: the count, the limit. */
    TOO_MANY_ENTRIES,
    /** Unpacks to more bytes than allowed ({@code intranet.scorm.max-bytes}). Arguments: the bytes, the limit. */
    TOO_LARGE,
    /**
     * An entry, or the whole, inflates beyond the allowed ratio ({@code intranet.scorm.max-ratio}): a zip
     * bomb. Arguments: the entry (or the package), its ratio, the limit.
     */
    TOO_INFLATED,
    /** An entry does not declare its sizes, so it could only be checked by inflating it: a zip bomb could hide. */
    UNDECLARED_SIZE;

    public String key() {
        return "scorm.refused." + name();
    }
}
