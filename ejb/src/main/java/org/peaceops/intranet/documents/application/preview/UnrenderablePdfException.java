package org.peaceops.intranet.documents.application.preview;

/**
 * A file the renderer cannot turn into page images, with the reason a reader can be told. Checked, so that
 * every caller decides what the reader sees instead of an error page.
 */
public class UnrenderablePdfException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why there are no pages to show. */
    public enum Problem {
        /** Opening needs a password the intranet does not have. */
        ENCRYPTED,
        /** Not a PDF PDFBox can parse (truncated, damaged, not a PDF at all) or a page it fails to draw. */
        DAMAGED,
        /** The file parses but has no pages. */
        NO_PAGES,
        /** Drawing it took longer than the preview deadline or more memory than the server has to give. */
        TOO_COMPLEX
    }

    private final Problem problem;

    public UnrenderablePdfException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
