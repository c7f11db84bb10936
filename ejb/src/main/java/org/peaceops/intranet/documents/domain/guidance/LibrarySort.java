package org.peaceops.intranet.documents.domain.guidance;

/** The orders the library offers; a closed list so that no caller can inject its own sort expression. */
public enum LibrarySort {
    REFERENCE, TITLE, TYPE, EFFECTIVE_DATE, REVIEW_DATE, RECENTLY_CHANGED
}
