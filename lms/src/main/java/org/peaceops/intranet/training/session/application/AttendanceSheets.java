package org.peaceops.intranet.training.session.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.peaceops.intranet.documents.application.blobs.BlobTooLargeException;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.documents.application.blobs.StoredBlob;
import org.peaceops.intranet.documents.application.ingest.ContentTypes;
import org.peaceops.intranet.documents.application.ingest.FileAdmission;
import org.peaceops.intranet.documents.application.ingest.UploadRejectedException;
import org.peaceops.intranet.documents.application.ingest.UploadRejection;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.UnsupportedType;

/**
 * The scanned, signed attendance sheet of an in-mission session, attached by a trainer of its mission once
 * attendance is recorded. The scan goes to the documents' content store through the same admission as
 * guidance files (the type detected from the content, the name's extension agreeing with it, the size
 * limit), narrowed to PDF, JPEG and PNG. Streams outside any transaction, as guidance uploads do: the row
 * is written once the blob is durable, and a blob whose row then fails is an orphan the sweep removes
 * ({@link SessionSheetReferences} keeps attached ones).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttendanceSheets {

    /** What a scan of a paper sheet is. */
    static final List<String> SHEET_TYPES = List.of("application/pdf", "image/jpeg", "image/png");

    /** The longest file name kept; longer ones keep their end (the extension). */
    private static final int NAME_LENGTH = 200;

    @Inject
    TrainingSessions sessions;

    @Inject
    ContentStore blobs;

    @Inject
    ContentTypes types;

    /** Stores the scan and attaches it; refused (nothing kept) for another type, an empty or too large file. */
    public SheetFile attach(Caller user, long sessionId, InputStream content, String fileName) throws IOException {
        sessions.checkSheet(user, sessionId);
        String name = safeName(fileName);
        FileAdmission admission = new FileAdmission(types, SHEET_TYPES);
        String[] detected = new String[1];
        StoredBlob blob;
        try {
            blob = blobs.store(content, (file, size) -> detected[0] = admission.admit(file, size, name));
        } catch (UploadRejectedException rejected) {
            if (rejected.reason() == UploadRejection.TYPE_NOT_ALLOWED) {
                throw new UnsupportedType("session.sheet.type", rejected.getMessage(), rejected,
                        rejected.arguments().toArray());
            }
            throw rejected;
        } catch (BlobTooLargeException tooLarge) {
            throw new UploadRejectedException(UploadRejection.TOO_LARGE, tooLarge.getMessage(),
                    tooLarge.maxBytes() / (1024 * 1024));
        }
        SheetFile sheet = new SheetFile(blob.sha256(), name, detected[0]);
        sessions.attachSheet(user, sessionId, sheet);
        return sheet;
    }

    /** The session's sheet and where its bytes are, for its trainers. */
    public Download download(Caller user, long sessionId) {
        SheetFile sheet = sessions.sheet(user, sessionId);
        return new Download(sheet, blobs.locate(sheet.sha256()));
    }

    /** The largest scan accepted, for the page's own check. */
    public long maxBytes() {
        return blobs.maxBytes();
    }

    /** A sheet and the file holding its bytes. */
    public record Download(SheetFile sheet, Path file) {
    }

    /** The name without any directory part or control characters, never empty, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "sheet";
        }
        return name.length() > NAME_LENGTH ? name.substring(name.length() - NAME_LENGTH) : name;
    }
}
