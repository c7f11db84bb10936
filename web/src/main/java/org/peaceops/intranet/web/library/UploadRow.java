package org.peaceops.intranet.web.library;

import java.io.Serializable;
import org.peaceops.intranet.documents.application.StagedFile;

/** One accepted file on the upload page, with the title and reference number its draft will get. */
public class UploadRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StagedFile file;
    private String title;
    private String referenceNumber;

    UploadRow(StagedFile file) {
        this.file = file;
        this.title = titleFrom(file.getFileName());
    }

    /** "sop_2024-03 protection.pdf" → "sop 2024-03 protection": a starting point the person edits. */
    static String titleFrom(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base.replace('_', ' ').strip();
    }

    public StagedFile getFile() {
        return file;
    }

    /** Size for people: "1.4 MB", "820 KB". */
    public String getSizeLabel() {
        long size = file.getSize();
        if (size >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
        }
        return Math.max(1, size / 1024) + " KB";
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }
}
