package org.peaceops.intranet.training.refresher.application;

/**
 * A guidance document the course's current version cites, the version cited and the version now in force
 * ({@code null} when none is in force, e.g. withdrawn, or when the reader may not see the document).
 */
public record CitationGap(long documentId, String referenceNumber, String title, int citedVersion, Integer inForceVersion) {

    /** A newer version is in force: the text comparison between the two is worth reading. */
    public boolean newer() {
        return inForceVersion != null && inForceVersion > citedVersion;
    }
}
