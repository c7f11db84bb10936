package org.peaceops.intranet.documents.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.peaceops.intranet.documents.domain.guidance.FileReference;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;
import org.peaceops.intranet.documents.infrastructure.blobs.StoredBlob;

/**
 * Attaching a file to a draft. Runs outside any transaction on purpose: streaming hundreds of megabytes
 * must not hold a database transaction open, and the row may only be written once the blob is durable
 * (ARCHITECTURE.md, Data). If the row then fails, the blob is an orphan the sweep removes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(DomainRulesAsApplicationExceptions.class)
public class GuidanceUpload {

    @Inject
    BlobStore blobs;

    @Inject
    DraftGuidance drafts;

    @Inject
    GuidanceQueries queries;

    /**
     * @param declaredMediaType what the browser said; trusted only until content detection (Tika) replaces it
     * @throws org.peaceops.intranet.documents.infrastructure.blobs.BlobTooLargeException past the size limit
     */
    public UploadOutcome attach(Actor actor, long documentId, int versionNumber, InputStream content, String fileName,
            String declaredMediaType) throws IOException {
        drafts.checkCanAttach(actor, documentId, versionNumber);
        StoredBlob blob = blobs.store(content);
        List<GuidanceSummary> elsewhere = blob.alreadyPresent()
                ? queries.withContent(actor, blob.sha256()).stream().filter(s -> s.getDocumentId() != documentId).toList()
                : List.of();
        drafts.attachFile(actor, documentId, versionNumber,
                new FileReference(blob.sha256(), blob.size(), declaredMediaType, fileName));
        return new UploadOutcome(blob.sha256(), blob.size(), elsewhere);
    }
}
